// The recovery key as the user sees and types it: 11 groups of 5 unambiguous characters with
// a checksum, so a typo is caught before any decryption and told apart from a wrong key.
import { describe, expect, it } from 'vitest';
import { isLockError } from '../../../src/lock/errors';
import {
  formatRecoveryKey,
  newRecoveryKeyBytes,
  parseRecoveryKey,
} from '../../../src/lock/recovery-key';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
// A fixed key, so every case below is the same on every run.
const fixedKey = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 255);

async function typoOf(text: string): Promise<boolean> {
  try {
    await parseRecoveryKey(text);
    return false;
  } catch (error) {
    if (isLockError(error, 'recovery-key-typo')) return true;
    throw error;
  }
}

describe('the recovery key', () => {
  it('is shown as 11 groups of 5 characters of Crockford’s alphabet', async () => {
    const text = await formatRecoveryKey(newRecoveryKeyBytes());
    expect(text).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){10}$/);
  });

  it('spells 32 zero bytes as 51 zeros, then the bits of its checksum', async () => {
    // 256 zero bits fill 51 characters of 5 bits and the first bit of the 52nd.
    const text = (await formatRecoveryKey(new Uint8Array(32))).replaceAll('-', '');
    expect(text.slice(0, 51)).toBe('0'.repeat(51));
    expect(text).toHaveLength(55);
  });

  it('reads back what it showed, whatever the case, spaces, dashes and look-alikes', async () => {
    const text = await formatRecoveryKey(fixedKey);
    expect(await parseRecoveryKey(text)).toEqual(fixedKey);
    const sloppy = ` ${text.toLowerCase().replaceAll('-', ' ')}\n`;
    expect(await parseRecoveryKey(sloppy)).toEqual(fixedKey);
    // Crockford: O is read as 0, I and L as 1.
    const lookalikes = text.replaceAll('0', 'O').replaceAll('1', 'l');
    expect(await parseRecoveryKey(lookalikes)).toEqual(fixedKey);
  });

  it('calls every single mistyped character a typo', async () => {
    const text = (await formatRecoveryKey(fixedKey)).replaceAll('-', '');
    let tried = 0;
    for (let i = 0; i < text.length; i += 1) {
      for (const ch of ALPHABET) {
        if (ch === text[i]) continue;
        const typed = `${text.slice(0, i)}${ch}${text.slice(i + 1)}`;
        expect(await typoOf(typed), `position ${i} as ${ch}`).toBe(true);
        tried += 1;
      }
    }
    expect(tried).toBe(55 * 31);
  });

  it('calls a missing, an extra, a swapped or a foreign character a typo', async () => {
    const text = (await formatRecoveryKey(fixedKey)).replaceAll('-', '');
    expect(await typoOf(text.slice(1))).toBe(true);
    expect(await typoOf(`${text}0`)).toBe(true);
    const swapAt = [...text].findIndex((ch, i) => ch !== text[i + 1]);
    const swapped = `${text.slice(0, swapAt)}${text[swapAt + 1]}${text[swapAt]}${text.slice(swapAt + 2)}`;
    expect(await typoOf(swapped)).toBe(true);
    expect(await typoOf(`${text.slice(0, 54)}U`)).toBe(true);
    expect(await typoOf('')).toBe(true);
  });
});

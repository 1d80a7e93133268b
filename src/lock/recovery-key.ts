// The recovery key: 32 random bytes the user prints or saves, shown as 11 groups of 5
// characters in Crockford's base32 (no I, L, O or U: nothing to misread) with a 16-bit
// checksum inside, so a typo is told apart from a key that is well formed but wrong.
import { concatBytes, randomBytes, sameBytes, sha256 } from './bytes';
import { LockError } from './errors';

/** Bytes of secret in a recovery key. */
export const RECOVERY_KEY_BYTES = 32;

const CHECK_BYTES = 2;
const GROUP = 5;
// 34 bytes are 272 bits: 55 characters of 5 bits, the last one with 3 zero bits of padding.
const CHARACTERS = Math.ceil(((RECOVERY_KEY_BYTES + CHECK_BYTES) * 8) / 5);
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
// Crockford's decoding: letters that look like digits are read as those digits.
const ALIASES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };

/** Fresh random bytes for a recovery key. */
export function newRecoveryKeyBytes(): Uint8Array<ArrayBuffer> {
  return randomBytes(RECOVERY_KEY_BYTES);
}

async function checksum(key: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return (await sha256(concatBytes(new TextEncoder().encode('koers recovery key'), key))).slice(
    0,
    CHECK_BYTES,
  );
}

function toBase32(bytes: Uint8Array): string {
  let out = '';
  let value = 0;
  let bits = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/** The characters back to bytes; null when a character is not in the alphabet or padding is set. */
function fromBase32(text: string, byteLength: number): Uint8Array<ArrayBuffer> | null {
  const out = new Uint8Array(byteLength);
  let value = 0;
  let bits = 0;
  let o = 0;
  for (const ch of text) {
    const digit = ALPHABET.indexOf(ch);
    if (digit < 0) return null;
    value = (value << 5) | digit;
    bits += 5;
    if (bits >= 8) {
      out[o++] = (value >>> (bits - 8)) & 255;
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  return o === byteLength && value === 0 ? out : null;
}

/** The key as the user sees it: `XXXXX-XXXXX-…`, 11 groups of 5 characters. */
export async function formatRecoveryKey(key: Uint8Array<ArrayBuffer>): Promise<string> {
  if (key.length !== RECOVERY_KEY_BYTES) throw new RangeError('A recovery key is 32 bytes');
  const text = toBase32(concatBytes(key, await checksum(key)));
  return (text.match(new RegExp(`.{1,${GROUP}}`, 'g')) ?? []).join('-');
}

/**
 * The key bytes from what the user typed: case, spaces and dashes do not matter, and O, I and
 * L are read as 0, 1 and 1. Throws LockError `recovery-key-typo` when the text is not a well
 * formed key or its checksum fails (no decryption is tried then).
 */
export async function parseRecoveryKey(typed: string): Promise<Uint8Array<ArrayBuffer>> {
  const text = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[OIL]/g, (ch) => ALIASES[ch] ?? ch);
  const bytes =
    text.length === CHARACTERS ? fromBase32(text, RECOVERY_KEY_BYTES + CHECK_BYTES) : null;
  if (bytes === null) throw new LockError('recovery-key-typo');
  const key = bytes.slice(0, RECOVERY_KEY_BYTES);
  if (!sameBytes(bytes.slice(RECOVERY_KEY_BYTES), await checksum(key))) {
    throw new LockError('recovery-key-typo');
  }
  return key;
}

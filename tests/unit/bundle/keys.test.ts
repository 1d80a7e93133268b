// Keys, coach codes, fingerprints and the work-factor floor.
import { describe, expect, it } from 'vitest';
import { effectiveWorkFactor } from '../../../src/bundle/age-crypto';
import { fingerprint } from '../../../src/bundle/fingerprint';
import { generateKeyPair, isX25519Identity, isX25519Recipient } from '../../../src/bundle/keys';

describe('keys', () => {
  it('fingerprints are 4 groups of 4 Crockford base32 characters, stable and case-insensitive', async () => {
    const { recipient, fingerprint: fp } = await generateKeyPair();
    expect(fp).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(await fingerprint(recipient.toUpperCase())).toBe(fp);
    expect(await fingerprint(`${recipient}x`)).not.toBe(fp);
  });

  it('recognises coach codes and secret keys', async () => {
    const { identity, recipient } = await generateKeyPair();
    expect(isX25519Recipient(recipient)).toBe(true);
    // One character changed (never to itself: a random key ends in "q" one time in 32), which
    // bech32's checksum always catches.
    const changed = recipient.endsWith('q') ? 'p' : 'q';
    expect(isX25519Recipient(`${recipient.slice(0, -1)}${changed}`)).toBe(false);
    expect(isX25519Recipient('age1pq1abc')).toBe(false);
    expect(await isX25519Identity(identity)).toBe(true);
    expect(await isX25519Identity(recipient)).toBe(false);
  });

  it('never writes a work factor below 17 or above 20, whatever calibration asks', () => {
    const t = (workFactor?: number) =>
      effectiveWorkFactor({
        type: 'passphrase',
        passphrase: 'p',
        ...(workFactor === undefined ? {} : { workFactor }),
      });
    expect([t(), t(10), t(17), t(19), t(30)]).toEqual([18, 17, 17, 19, 20]);
  });
});

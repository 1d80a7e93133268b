// Interop for signatures: a file the app signs verifies with standard Ed25519 tools outside
// the app (Node's crypto.verify and the OpenSSL command line), following only
// docs/bundle-format.md "Signature": decrypt with `age`, gunzip, take the last 104 bytes off
// and append `}`, read the key from manifest.sender.signingKey. Nothing of the app reads it.

import { execFileSync } from 'node:child_process';
import { createPublicKey, verify } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../src/bundle/bundle';
import { generateKeyPair } from '../../../src/bundle/keys';
import { SIGNER, sampleInput } from './helpers';

const AGE = '/usr/bin/age';
const OPENSSL = '/usr/bin/openssl';

/** Fails (never skips) with a clear message when a needed tool is missing. */
function requireTools(): void {
  for (const tool of [AGE, OPENSSL]) {
    if (!existsSync(tool)) throw new Error(`The signature interop test needs ${tool}.`);
  }
}

/** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410), as the docs give it. */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** The docs' recipe: signed bytes, signature and public key out of a decrypted plaintext. */
function takeApart(plain: Buffer) {
  const trailer = plain.subarray(plain.length - 104);
  expect(trailer.subarray(0, 14).toString('latin1')).toBe(',"signature":"');
  expect(trailer.subarray(102).toString('latin1')).toBe('"}');
  const signed = Buffer.concat([plain.subarray(0, plain.length - 104), Buffer.from('}')]);
  const signature = Buffer.from(trailer.subarray(14, 102).toString('latin1'), 'base64');
  const manifest = JSON.parse(signed.toString('utf8')).manifest;
  const key = Buffer.from(manifest.sender.signingKey, 'base64');
  return { signed, signature, key };
}

describe('signature interop', () => {
  const dir = mkdtempSync(join(tmpdir(), 'koers-sig-'));

  it('verifies with Node’s crypto.verify and with `openssl pkeyutl`, and fails once changed', async () => {
    requireTools();
    const coach = await generateKeyPair();
    const bytes = await exportBundle(
      sampleInput(),
      { type: 'recipients', recipients: [coach.recipient] },
      SIGNER,
    );
    writeFileSync(join(dir, 'bundle.koers'), bytes);
    writeFileSync(join(dir, 'coach.key'), `${coach.identity}\n`);
    execFileSync(AGE, [
      '-d',
      '-i',
      join(dir, 'coach.key'),
      '-o',
      join(dir, 'plain.json.gz'),
      join(dir, 'bundle.koers'),
    ]);
    const plain = gunzipSync(readFileSync(join(dir, 'plain.json.gz')));
    // The plaintext is still one JSON object, the signature its last member.
    expect(Object.keys(JSON.parse(plain.toString('utf8')))).toEqual([
      'manifest',
      'records',
      'signature',
    ]);
    const { signed, signature, key } = takeApart(plain);
    expect(signature).toHaveLength(64);
    expect(key).toHaveLength(32);

    const publicKey = createPublicKey({
      key: Buffer.concat([SPKI_PREFIX, key]),
      format: 'der',
      type: 'spki',
    });
    expect(verify(null, signed, publicKey, signature)).toBe(true);

    writeFileSync(join(dir, 'signed.json'), signed);
    writeFileSync(join(dir, 'signature.bin'), signature);
    writeFileSync(join(dir, 'key.der'), Buffer.concat([SPKI_PREFIX, key]));
    const openssl = (input: string) =>
      execFileSync(OPENSSL, [
        'pkeyutl',
        '-verify',
        '-pubin',
        '-inkey',
        join(dir, 'key.der'),
        '-keyform',
        'DER',
        '-rawin',
        '-in',
        input,
        '-sigfile',
        join(dir, 'signature.bin'),
      ]).toString();
    expect(openssl(join(dir, 'signed.json'))).toContain('Signature Verified Successfully');

    // One changed byte in the signed bytes: both tools refuse it.
    const changed = Buffer.from(signed);
    changed[changed.length - 10] = (changed[changed.length - 10] ?? 0) ^ 1;
    expect(verify(null, changed, publicKey, signature)).toBe(false);
    writeFileSync(join(dir, 'changed.json'), changed);
    expect(() => openssl(join(dir, 'changed.json'))).toThrow();
  });
});

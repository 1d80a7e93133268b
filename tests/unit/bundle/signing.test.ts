// Ed25519 signing and the signature in a file: RFC 8032's known answer from both backends, the
// trailer taken off exactly, and every way a signature can be wrong ending in its own error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encryptAge } from '../../../src/bundle/age-crypto';
import { toBase64 } from '../../../src/bundle/base64';
import { exportBundle, importBundle } from '../../../src/bundle/bundle';
import { coachCodeText, parseCoachCode } from '../../../src/bundle/coach-code';
import type { BundleError } from '../../../src/bundle/errors';
import { gzip } from '../../../src/bundle/gzip';
import { appendSignature, splitSignature, TRAILER_LENGTH } from '../../../src/bundle/signature';
import {
  isSigningPublicKey,
  nobleBackend,
  signBytes,
  signingKeyOf,
  verifyBytes,
  webCryptoBackend,
} from '../../../src/bundle/signing';
import { FAST_PASS, SIGNER, sampleInput, samplePayloadJson, testSigner, thrown } from './helpers';

const hex = (h: string) => Uint8Array.from(h.match(/../g) ?? [], (x) => Number.parseInt(x, 16));
const PASS = { type: 'passphrase' as const, passphrase: 'signing test' };

describe('Ed25519', () => {
  it('gives RFC 8032 §7.1 test 2 from both backends', async () => {
    const secret = hex('4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb');
    const expected =
      '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00';
    const message = hex('72');
    for (const backend of [webCryptoBackend, nobleBackend]) {
      expect(toBase64(await backend.sign(secret, message))).toBe(toBase64(hex(expected)));
    }
    const key = await signingKeyOf(toBase64(secret));
    expect(key.publicKey).toBe(
      toBase64(hex('3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c')),
    );
    expect(await verifyBytes(key.publicKey, message, hex(expected))).toBe(true);
    expect(await verifyBytes(key.publicKey, hex('73'), hex(expected))).toBe(false);
  });

  it('both backends sign and verify alike', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.integer({ min: 1, max: 250 }),
        async (message, n) => {
          const seed = new Uint8Array(32).fill(n);
          const a = await webCryptoBackend.sign(seed, message);
          expect(toBase64(await nobleBackend.sign(seed, message))).toBe(toBase64(a));
          const { publicKey } = await signingKeyOf(toBase64(seed));
          expect(await signBytes(toBase64(seed), message)).toEqual(a);
          expect(await verifyBytes(publicKey, message, a)).toBe(true);
        },
      ),
      { seed: 20261202, numRuns: 30 },
    );
  });

  it('accepts no small-order or malformed public key', () => {
    expect(isSigningPublicKey(toBase64(hex(`01${'00'.repeat(31)}`)))).toBe(false);
    expect(isSigningPublicKey('not base64')).toBe(false);
    expect(isSigningPublicKey(SIGNER.publicKey)).toBe(true);
  });
});

describe('the signature trailer', () => {
  it('comes off exactly, giving back the signed bytes', () => {
    const json = new TextEncoder().encode('{"manifest":{},"records":{}}');
    const signature = new Uint8Array(64).fill(9);
    const [head, trailer] = appendSignature(json, signature);
    const joined = new Uint8Array([...(head ?? []), ...(trailer ?? [])]);
    expect(joined.length - json.length + 1).toBe(TRAILER_LENGTH);
    expect(JSON.parse(new TextDecoder().decode(joined)).signature).toBe(toBase64(signature));
    const split = splitSignature(joined);
    expect(new TextDecoder().decode(split.json)).toBe('{"manifest":{},"records":{}}');
    expect(split.signature).toEqual(signature);
  });

  it('leaves a plaintext without it as it is (unsigned)', () => {
    const json = new TextEncoder().encode('{"manifest":{},"records":{}}');
    expect(splitSignature(json)).toEqual({ json, signature: null });
  });
});

/** Encrypts a plaintext as the writer would have, skipping our own checks. */
async function craftPlain(text: string): Promise<Uint8Array> {
  return encryptAge(await gzip(new TextEncoder().encode(text)), FAST_PASS(PASS.passphrase));
}

/** The signed plaintext of a payload JSON signed by `secretKey`. */
async function signedText(json: string, secretKey: string): Promise<string> {
  const signature = await signBytes(secretKey, new TextEncoder().encode(json));
  return `${json.slice(0, -1)},"signature":"${toBase64(signature)}"}`;
}

describe('reading a signed file', () => {
  it('a file the app signs opens as signed, with the fingerprint of its key', async () => {
    const bytes = await exportBundle(sampleInput(), FAST_PASS(PASS.passphrase), SIGNER);
    const opened = await importBundle(bytes, PASS);
    expect(opened.signature).toEqual({
      state: 'signed',
      publicKey: SIGNER.publicKey,
      fingerprint: (await signingKeyOf(SIGNER.secretKey)).fingerprint,
    });
  });

  it('a changed byte after signing is bad-signature', async () => {
    const json = JSON.stringify(samplePayloadJson());
    const text = await signedText(json, SIGNER.secretKey);
    const changed = text.replace('My father was never satisfied', 'My father was always satisfied');
    const real = await thrown(async () => importBundle(await craftPlain(changed), PASS));
    expect((real as BundleError).kind).toBe('bad-signature');
  });

  it('signed by another key than the manifest names is bad-signature', async () => {
    const json = JSON.stringify(samplePayloadJson());
    const text = await signedText(json, testSigner(9).secretKey);
    const e = (await thrown(async () => importBundle(await craftPlain(text), PASS))) as BundleError;
    expect(e.kind).toBe('bad-signature');
  });

  it('a signed file whose manifest names no key is invalid at manifest.sender.signingKey', async () => {
    const payload = samplePayloadJson();
    delete (payload.manifest.sender as Record<string, unknown>).signingKey;
    const text = await signedText(JSON.stringify(payload), SIGNER.secretKey);
    const e = (await thrown(async () => importBundle(await craftPlain(text), PASS))) as BundleError;
    expect([e.kind, e.details.path]).toEqual(['invalid-contents', 'manifest.sender.signingKey']);
  });

  it('a signature written any other way is invalid at signature', async () => {
    const payload = { ...samplePayloadJson(), signature: 'AAAA' };
    const e = (await thrown(async () =>
      importBundle(await craftPlain(JSON.stringify(payload, null, 1)), PASS),
    )) as BundleError;
    expect([e.kind, e.details.path]).toEqual(['invalid-contents', 'signature']);
  });

  it('a file without a signature opens as unsigned', async () => {
    const opened = await importBundle(await craftPlain(JSON.stringify(samplePayloadJson())), PASS);
    expect(opened.signature).toEqual({ state: 'unsigned' });
  });
});

describe('the coach code', () => {
  it('carries the signing key after a plus, in lowercase base32, and reads back', () => {
    const code = coachCodeText(`age1${'q'.repeat(58)}`, SIGNER.publicKey);
    expect(code).toMatch(/^age1q{58}\+[a-z2-7]{52}$/);
    expect(parseCoachCode(code.toUpperCase())).toEqual({
      recipient: `age1${'q'.repeat(58)}`,
      signingKey: SIGNER.publicKey,
    });
    expect(parseCoachCode(`age1${'q'.repeat(58)}`)).toEqual({ recipient: `age1${'q'.repeat(58)}` });
    expect(parseCoachCode(`age1${'q'.repeat(58)}+abc`)).toBeNull();
  });
});

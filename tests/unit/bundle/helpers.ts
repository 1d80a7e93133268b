// Test helpers: crafting age files around arbitrary JSON, sample records and signing keys.

import { ed25519 } from '@noble/curves/ed25519.js';
import { expect } from 'vitest';
import { type EncryptTarget, encryptAge } from '../../../src/bundle/age-crypto';
import { toBase64 } from '../../../src/bundle/base64';
import { type BundleInput, buildPayload } from '../../../src/bundle/bundle';
import { emptyRecords } from '../../../src/bundle/format';
import { gzip } from '../../../src/bundle/gzip';
import { signingFingerprint } from '../../../src/bundle/signing';
import type { KnownKey } from '../../../src/bundle/trust';
import type { ImportDevice } from '../../../src/db/bundle-import';
import { inputFor } from './arbitraries';

/** Test-only low scrypt cost; the app never goes below MIN_WORK_FACTOR (17). */
export const FAST_PASS = (passphrase: string): EncryptTarget => ({
  type: 'passphrase',
  passphrase,
  testOnlyInsecureWorkFactor: 10,
});

const OWNER = '9a1f4b6e-2c3d-4e5f-8a9b-0c1d2e3f4a5b';

/** A test signing key from a one-byte seed pattern (tests only: its secret is public). */
export function testSigner(n: number): { secretKey: string; publicKey: string } {
  const seed = new Uint8Array(32).fill(n);
  return { secretKey: toBase64(seed), publicKey: toBase64(ed25519.getPublicKey(seed)) };
}

/** A device for the importer: its profile and role, without keys of its own or a coach code. */
export function deviceOf(ownProfileId: string | null, role: 'client' | 'coach'): ImportDevice {
  return { ownProfileId, role, ownKey: null, coachCodeKey: null };
}

/** A signer's public key and fingerprint, as the importer knows a key. */
export async function knownKey(signer: { publicKey: string }): Promise<KnownKey> {
  return { publicKey: signer.publicKey, fingerprint: await signingFingerprint(signer.publicKey) };
}

/** The signing key of the sample bundles' sender (its public key: SIGNER_PUBLIC_KEY). */
export const SIGNER = testSigner(7);

/** A valid valuation record with a given id suffix (1-9). */
export function valuation(n: number, extra: Record<string, unknown> = {}) {
  return {
    id: `0b7d3b52-4a0e-4c69-9f5e-6f3c8d9a1b2${n}`,
    ownerId: OWNER,
    createdAt: '2026-11-02T08:15:00.000Z',
    updatedAt: '2026-11-02T08:15:00.000Z',
    rev: 1,
    investigationId: '1b7d3b52-4a0e-4c69-9f5e-6f3c8d9a1b20',
    text: 'My father was never satisfied',
    timeFrame: 'past',
    order: n,
    ratings: { joy: 1, worry: 4 },
    ...extra,
  };
}

/** A small valid bundle input with three valuations. */
export function sampleInput(): BundleInput {
  const records = emptyRecords();
  records.valuations = [valuation(1), valuation(2), valuation(3)] as typeof records.valuations;
  return inputFor(records, 'client-export');
}

/** What importBundle gives back for a file of `input` signed by SIGNER. */
export function signedByTestKey(input: BundleInput) {
  // A backup carries its device's signing key, as exportBundle adds it.
  const built = input.kind === 'backup' ? { ...input, signingSecretKey: SIGNER.secretKey } : input;
  return {
    ...buildPayload(built),
    signature: { state: 'signed', publicKey: SIGNER.publicKey, fingerprint: expect.any(String) },
  };
}

/** The JSON object of a valid sample payload, to be tampered with. */
export function samplePayloadJson(): {
  manifest: Record<string, unknown>;
  records: Record<string, unknown[]>;
} {
  return JSON.parse(JSON.stringify(buildPayload(sampleInput())));
}

/** Encrypts any JSON value (gzipped) as an age file, skipping all of our own checks. */
export async function craft(value: unknown, target: EncryptTarget): Promise<Uint8Array> {
  return encryptAge(await gzip(new TextEncoder().encode(JSON.stringify(value))), target);
}

/** Runs `f` and returns the thrown error (fails the test if nothing is thrown). */
export async function thrown(f: () => Promise<unknown>): Promise<unknown> {
  try {
    await f();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error, got none');
}

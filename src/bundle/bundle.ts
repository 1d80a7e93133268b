// The bundle pipeline: records → JSON → gzip → age, and back with validation. No DOM, no db.
import {
  type Credential,
  decryptAge,
  type EncryptTarget,
  encryptAge,
  type ProgressListener,
} from './age-crypto';
import { BundleError } from './errors';
import {
  checkRecordsNow,
  type ManifestInput,
  manifestFor,
  payloadJson,
  recordsJsonNow,
  shareableRecords,
} from './export-json';
import type { BundlePayload, BundleRecords } from './format';
import { gunzip, gzipChunks } from './gzip';
import { type BundleLimits, resolveLimits } from './limits';
import { type OpenedBundle, openPayloadJson, type Signer, signPayloadJson } from './signed-payload';
import { type AgeHeaderInfo, inspectHeader } from './sniff';

/** What the caller supplies to build a bundle; counts and format fields are filled in. */
export interface BundleInput extends ManifestInput {
  records: BundleRecords;
}

/**
 * Builds and checks the payload; private records leave the device only in a backup. Never
 * writes a bundle we would refuse to read (see checkRecordsNow).
 */
export function buildPayload(input: BundleInput): BundlePayload {
  const records = shareableRecords(input.records, input.kind);
  const manifest = manifestFor(input, records);
  checkRecordsNow(records);
  return { manifest, records };
}

/** Decompresses, parses, checks the signature of and validates a decrypted plaintext. */
export async function decodePlaintext(
  plaintext: Uint8Array,
  options: { limits?: Partial<BundleLimits>; onProgress?: ProgressListener } = {},
): Promise<OpenedBundle> {
  const limits = resolveLimits(options.limits);
  options.onProgress?.({ stage: 'decompressing' });
  const json = await gunzip(plaintext, limits.maxJsonBytes);
  options.onProgress?.({ stage: 'validating' });
  return openPayloadJson(json, limits);
}

/** Options for writing a bundle. */
export interface EncodeOptions {
  /** ASCII armor for chat apps and share sheets. */
  armor?: boolean;
  onProgress?: ProgressListener;
}

/**
 * Builds, signs, compresses and encrypts a bundle: the bytes of a `.koers` file. The manifest
 * names the signer's public key; a backup also carries the signer's secret key, so a device
 * restored from it goes on signing as itself.
 */
export async function exportBundle(
  input: BundleInput,
  target: EncryptTarget,
  signer: Signer,
  options: EncodeOptions = {},
): Promise<Uint8Array> {
  const signed: BundleInput = {
    ...input,
    sender: { ...input.sender, signingKey: signer.publicKey },
    ...(input.kind === 'backup' ? { signingSecretKey: signer.secretKey } : {}),
  };
  return encryptJson(payloadJsonNow(buildPayload(signed)), target, signer, options);
}

/** The whole plaintext JSON of a built payload, in parts (manifest first, so a reader of the
 * raw JSON sees what it is before the records). */
function payloadJsonNow(payload: BundlePayload): string[] {
  return payloadJson(payload.manifest, recordsJsonNow(payload.records));
}

/**
 * Signs, compresses and encrypts an already built and checked payload JSON (see
 * export-json.ts): what the crypto worker does for the app's export, which prepares the JSON
 * on the UI thread. The manifest in it must name `signer`'s public key.
 */
export async function encryptJson(
  parts: readonly string[],
  target: EncryptTarget,
  signer: Signer,
  options: EncodeOptions = {},
): Promise<Uint8Array> {
  options.onProgress?.({ stage: 'compressing' });
  const plaintext = await gzipChunks(await signPayloadJson(parts, signer));
  return encryptAge(plaintext, target, options);
}

/** What the file's header says, to choose between asking a passphrase or using a key. */
export type BundleInfo = Pick<AgeHeaderInfo, 'encoding' | 'mode' | 'workFactor' | 'stanzaTypes'>;

/** Sniffs a file without decrypting: binary or armor, passphrase or key. */
export function inspectBundle(bytes: Uint8Array, limits?: Partial<BundleLimits>): BundleInfo {
  const { encoding, mode, workFactor, stanzaTypes } = inspectHeader(bytes, resolveLimits(limits));
  return workFactor === undefined
    ? { encoding, mode, stanzaTypes }
    : { encoding, mode, workFactor, stanzaTypes };
}

/**
 * Decrypts, decompresses, checks the signature of and validates a bundle; every failure is a
 * BundleError. Whether the signer is the one this device expects is for the importer to say.
 */
export async function importBundle(
  bytes: Uint8Array,
  credential: Credential,
  options: { limits?: Partial<BundleLimits>; onProgress?: ProgressListener } = {},
): Promise<OpenedBundle> {
  try {
    const { plaintext } = await decryptAge(bytes, credential, options);
    return await decodePlaintext(plaintext, options);
  } catch (e) {
    if (e instanceof BundleError) throw e;
    // Anything unforeseen from a hostile file still reaches the UI as a bundle error.
    throw new BundleError('damaged', 'The bundle could not be read.', {}, e);
  }
}

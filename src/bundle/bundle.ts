// The bundle pipeline: records → JSON → gzip → age, and back with validation. No DOM, no db.
import { recordTypes } from '../domain/records/index';
import {
  type Credential,
  decryptAge,
  type EncryptTarget,
  encryptAge,
  type ProgressListener,
} from './age-crypto';
import { BundleError } from './errors';
import {
  BUNDLE_FORMAT,
  type BundleKind,
  type BundleManifest,
  type BundlePayload,
  type BundleRecords,
  type BundleScope,
  bundlePayload,
  countRecords,
  FORMAT_VERSION,
  MIN_READER_VERSION,
} from './format';
import { gunzip, gzip } from './gzip';
import { type BundleLimits, resolveLimits } from './limits';
import { type AgeHeaderInfo, inspectHeader } from './sniff';
import { parseJson, validatePayload } from './validate';

/** What the caller supplies to build a bundle; counts and format fields are filled in. */
export interface BundleInput {
  appVersion: string;
  /** The Dexie schema version. */
  schemaVersion: number;
  kind: BundleKind;
  sender: BundleManifest['sender'];
  scope: BundleScope;
  records: BundleRecords;
  /** Defaults to now. */
  createdAt?: string;
}

/** Builds and validates the payload; private records leave the device only in a backup. */
export function buildPayload(input: BundleInput): BundlePayload {
  const records = Object.fromEntries(
    recordTypes.map((t) => [
      t,
      input.kind === 'backup'
        ? input.records[t]
        : input.records[t].filter((r) => r.private !== true),
    ]),
  ) as unknown as BundleRecords;
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    formatVersion: FORMAT_VERSION,
    minReaderVersion: MIN_READER_VERSION,
    appVersion: input.appVersion,
    schemaVersion: input.schemaVersion,
    createdAt: input.createdAt ?? new Date().toISOString(),
    kind: input.kind,
    sender: input.sender,
    scope: input.scope,
    counts: countRecords(records),
  };
  // Never write a bundle we would refuse to read.
  const checked = bundlePayload.safeParse({ manifest, records });
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new BundleError(
      'invalid-contents',
      `Cannot export: ${issue?.message ?? 'invalid data'}`,
      {
        path: (issue?.path ?? []).map(String).join('.'),
      },
    );
  }
  return { manifest, records };
}

/** Serialises a payload to gzip-compressed UTF-8 JSON (the plaintext inside the age file). */
export async function encodePlaintext(payload: BundlePayload): Promise<Uint8Array> {
  // Manifest first, so a reader of the raw JSON sees what it is before the records.
  const json = JSON.stringify({ manifest: payload.manifest, records: payload.records });
  return gzip(new TextEncoder().encode(json));
}

/** Decompresses, parses and validates a decrypted plaintext. */
export async function decodePlaintext(
  plaintext: Uint8Array,
  options: { limits?: Partial<BundleLimits>; onProgress?: ProgressListener } = {},
): Promise<BundlePayload> {
  const limits = resolveLimits(options.limits);
  options.onProgress?.({ stage: 'decompressing' });
  const json = await gunzip(plaintext, limits.maxJsonBytes);
  options.onProgress?.({ stage: 'validating' });
  return validatePayload(parseJson(json), limits);
}

/** Options for writing a bundle. */
export interface EncodeOptions {
  /** ASCII armor for chat apps and share sheets. */
  armor?: boolean;
  onProgress?: ProgressListener;
}

/** Builds, compresses and encrypts a bundle: the bytes of a `.koers` file. */
export async function exportBundle(
  input: BundleInput,
  target: EncryptTarget,
  options: EncodeOptions = {},
): Promise<Uint8Array> {
  const payload = buildPayload(input);
  options.onProgress?.({ stage: 'compressing' });
  const plaintext = await encodePlaintext(payload);
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

/** Decrypts, decompresses and validates a bundle; every failure is a BundleError. */
export async function importBundle(
  bytes: Uint8Array,
  credential: Credential,
  options: { limits?: Partial<BundleLimits>; onProgress?: ProgressListener } = {},
): Promise<BundlePayload> {
  try {
    const { plaintext } = await decryptAge(bytes, credential, options);
    return await decodePlaintext(plaintext, options);
  } catch (e) {
    if (e instanceof BundleError) throw e;
    // Anything unforeseen from a hostile file still reaches the UI as a bundle error.
    throw new BundleError('damaged', 'The bundle could not be read.', {}, e);
  }
}

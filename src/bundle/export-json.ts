// An export's plaintext JSON and its checks, built in slices of records so the UI thread can
// do it between frames: the JSON goes to the crypto worker as a few strings (one cheap copy
// instead of a structured clone of every record), and the checks that keep "never write a
// bundle we would refuse to read" run while the worker compresses and encrypts. No DOM.
import {
  type RecordBase,
  type RecordType,
  recordSchemas,
  recordTypes,
} from '../domain/records/index';
import { recordsPerType } from '../domain/records/per-type';
import { BundleError } from './errors';
import {
  type BackupClient,
  type BackupSenderKey,
  BUNDLE_FORMAT,
  type BundleKind,
  type BundleManifest,
  type BundleRecords,
  type BundleScope,
  bundleManifest,
  countRecords,
  FORMAT_VERSION,
  MIN_READER_VERSION,
} from './format';
import { type BundleLimits, DEFAULT_LIMITS } from './limits';
import { formatPath, longestString } from './validate';

/** Lets other work run between slices (a macrotask on the UI thread); resolves to go on. */
export type Pause = () => Promise<void>;

/** Records per JSON.stringify slice (~1 ms of work on a laptop, a few on a phone). */
export const STRINGIFY_SLICE = 500;
/** Records per checking slice (zod costs ~5x stringify per record). */
export const CHECK_SLICE = 100;

/** Private records leave the device only in a backup. */
export function shareableRecords(records: BundleRecords, kind: BundleKind): BundleRecords {
  if (kind === 'backup') return records;
  return recordsPerType((t) => records[t].filter((r) => r.private !== true));
}

/** The manifest fields the writer chooses; format fields and counts are filled in. */
export interface ManifestInput {
  appVersion: string;
  /** The Dexie schema version. */
  schemaVersion: number;
  kind: BundleKind;
  sender: BundleManifest['sender'];
  scope: BundleScope;
  /** Defaults to now. */
  createdAt?: string;
  /** A coach's backup: the device's client list. */
  clients?: BackupClient[];
  /** A backup: the device's signing secret key (the sender's signingKey is its public key). */
  signingSecretKey?: string;
  /** A backup: the senders' keys the device pinned. */
  senderKeys?: BackupSenderKey[];
  /** A backup: the role of the device it is made on. */
  deviceRole?: 'client' | 'coach';
}

/** The manifest of a bundle holding `records`, checked with its zod schema. */
export function manifestFor(input: ManifestInput, records: BundleRecords): BundleManifest {
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
    ...(input.kind === 'backup' && input.clients?.length ? { clients: input.clients } : {}),
    // What lets a restored device go on as itself travels in its own backup and nowhere else.
    ...(input.kind === 'backup' && input.signingSecretKey
      ? { signingSecretKey: input.signingSecretKey }
      : {}),
    ...(input.kind === 'backup' && input.senderKeys?.length
      ? { senderKeys: input.senderKeys }
      : {}),
    ...(input.kind === 'backup' && input.deviceRole ? { deviceRole: input.deviceRole } : {}),
  };
  if (manifest.sender.signingKey === undefined) {
    throw cannotExport('the file must name the key that signs it', 'manifest.sender.signingKey');
  }
  const checked = bundleManifest.safeParse(manifest);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw cannotExport(issue?.message, formatPath(['manifest', ...(issue?.path ?? [])]));
  }
  return manifest;
}

/**
 * The records as JSON text, in parts, one slice of records at a time: concatenated after the
 * manifest (payloadJson) they are exactly `JSON.stringify({ manifest, records })` with the
 * record types in registry order. Yields after each slice.
 */
function* recordsJsonSteps(
  records: BundleRecords,
  out: string[],
  slice = STRINGIFY_SLICE,
): Generator<void, void, void> {
  for (const [t, type] of recordTypes.entries()) {
    out.push(`${t === 0 ? '' : ','}${JSON.stringify(type)}:[`);
    const list = records[type] as RecordBase[];
    for (let from = 0; from < list.length; from += slice) {
      const text = JSON.stringify(list.slice(from, from + slice));
      // `[a,b]` without its brackets, joined to the slices before it by a comma.
      out.push(`${from === 0 ? '' : ','}${text.slice(1, -1)}`);
      yield;
    }
    out.push(']');
  }
}

/** The records as JSON text in parts (see recordsJsonSteps), pausing between slices. */
export async function recordsJson(
  records: BundleRecords,
  pause: Pause,
  slice = STRINGIFY_SLICE,
): Promise<string[]> {
  const out: string[] = [];
  await run(recordsJsonSteps(records, out, slice), pause);
  return out;
}

/** The records as JSON text in parts, at once. */
export function recordsJsonNow(records: BundleRecords): string[] {
  const out: string[] = [];
  runNow(recordsJsonSteps(records, out));
  return out;
}

/** The whole plaintext JSON, in parts: the manifest first, then the records. */
export function payloadJson(manifest: BundleManifest, records: readonly string[]): string[] {
  return [`{"manifest":${JSON.stringify(manifest)},"records":{`, ...records, '}}'];
}

/**
 * Checks records as the reader (validate.ts) will: each against its zod schema, ids unique
 * per type, the record counts and string lengths within the limits. Throws invalid-contents (or too-large) naming the first offending record. Yields
 * after each slice.
 */
function* checkSteps(
  records: BundleRecords,
  limits: BundleLimits,
  slice = CHECK_SLICE,
): Generator<void, void, void> {
  let total = 0;
  for (const type of recordTypes) {
    const n = (records[type] as RecordBase[]).length;
    total += n;
    if (n > limits.maxRecordsPerType) {
      throw tooLarge('maxRecordsPerType', limits.maxRecordsPerType, n, `records.${type}`);
    }
  }
  if (total > limits.maxRecordsTotal) {
    throw tooLarge('maxRecordsTotal', limits.maxRecordsTotal, total, 'records');
  }
  for (const type of recordTypes) {
    const list = records[type] as RecordBase[];
    const seen = new Set<string>();
    for (let from = 0; from < list.length; from += slice) {
      const to = Math.min(list.length, from + slice);
      for (let index = from; index < to; index++) {
        checkRecord(type, index, list[index], seen, limits);
      }
      yield;
    }
  }
}

/** Checks records (see checkSteps), pausing between slices. */
export function checkRecords(
  records: BundleRecords,
  pause: Pause,
  limits: BundleLimits = DEFAULT_LIMITS,
  slice = CHECK_SLICE,
): Promise<void> {
  return run(checkSteps(records, limits, slice), pause);
}

/** Checks records (see checkSteps) at once. */
export function checkRecordsNow(
  records: BundleRecords,
  limits: BundleLimits = DEFAULT_LIMITS,
): void {
  runNow(checkSteps(records, limits));
}

/** Runs a sliced job, pausing after each slice. */
async function run(steps: Generator<void, void, void>, pause: Pause): Promise<void> {
  for (let step = steps.next(); step.done !== true; step = steps.next()) await pause();
}

/** Runs a sliced job without pausing. */
function runNow(steps: Generator<void, void, void>): void {
  for (let step = steps.next(); step.done !== true; step = steps.next()) {
    // Nothing to do between slices.
  }
}

/** Checks one record (see checkRecords). */
function checkRecord(
  type: RecordType,
  index: number,
  record: unknown,
  seen: Set<string>,
  limits: BundleLimits,
): void {
  const at = (field: string) => `records.${type}[${index}]${field ? `.${field}` : ''}`;
  const result = recordSchemas[type].safeParse(record);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw cannotExport(issue?.message, at(formatPath(issue?.path ?? [])));
  }
  const { id } = result.data as RecordBase;
  if (seen.has(id)) throw cannotExport('an id is repeated', at('id'));
  seen.add(id);
  // Fields the schema does not know are written as they are: the reader's limit holds them.
  const longest = longestString(record);
  if (longest > limits.maxStringLength) {
    throw tooLarge('maxStringLength', limits.maxStringLength, longest, at(''));
  }
}

/** The export refused: what a reader would refuse, said before anything is written. */
function cannotExport(message: string | undefined, path: string): BundleError {
  return new BundleError('invalid-contents', `Cannot export: ${message ?? 'invalid data'}`, {
    path,
  });
}

/** A limit the export would exceed. */
function tooLarge(limit: string, max: number, actual: number, path: string): BundleError {
  return new BundleError('too-large', 'Cannot export: the bundle would be too large.', {
    path,
    limit,
    max,
    actual,
  });
}

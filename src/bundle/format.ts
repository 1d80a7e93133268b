// The bundle's JSON shape as zod schemas, built from the record registry so no type is missed.
import { z } from 'zod';
import {
  isoDateTime,
  type RecordOf,
  type RecordType,
  recordId,
  recordSchemas,
  recordTypes,
} from '../domain/records/index';

/** The `format` value every Koers bundle manifest carries. */
export const BUNDLE_FORMAT = 'koers-bundle';
/**
 * The format version this code writes (2: question sets; 3: an investigation names the
 * question set its questions came from, fields a format-2 reader would drop).
 */
export const FORMAT_VERSION = 3;
/** The reader version this code implements; files asking for more are "made by a newer version". */
export const READER_VERSION = 3;
/** The reader version files written by this code ask for. */
export const MIN_READER_VERSION = 3;

/**
 * Record types added after format version 1, with the format version that added them. A file
 * of an older format cannot hold them; reading it treats them as empty, so older backups and
 * exports still import.
 */
export const recordTypeSince: Partial<Record<RecordType, number>> = { questionSets: 2 };

/** What a bundle is for. */
export const bundleKind = z.enum(['client-export', 'backup', 'coach-return']);
/** What a bundle is for. */
export type BundleKind = z.infer<typeof bundleKind>;

/** Which records a bundle covers: the sections chosen and an optional date range. */
export const bundleScope = z.object({
  sections: z.array(z.enum(recordTypes as [RecordType, ...RecordType[]])).max(recordTypes.length),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
});
/** A bundle's scope. */
export type BundleScope = z.infer<typeof bundleScope>;

/** Builds `{ [type]: schema(type) }` over every registered record type. */
function perRecordType<S extends z.ZodType>(make: (t: RecordType) => S): Record<RecordType, S> {
  return Object.fromEntries(recordTypes.map((t) => [t, make(t)])) as Record<RecordType, S>;
}

/** Record counts per type, one key per registered type. */
export const bundleCounts = z.strictObject(perRecordType(() => z.number().int().min(0)));

/** An age recipient (`age1…`): a device's or a coach's public key. */
const ageRecipient = z.string().regex(/^age1[02-9ac-hj-np-z]{58}$/);

/**
 * A client known on a coach's device, as a coach's backup carries it: the client list is
 * device-local, so without it a restored coach device would hold its clients' records but
 * list none of them (and lose the coach's names for them and their keys for replies).
 */
export const backupClient = z.object({
  id: recordId,
  displayName: z.string().max(200),
  alias: z.string().max(200).optional(),
  firstImportAt: isoDateTime,
  lastImportAt: isoDateTime,
  lastBundleAt: isoDateTime,
  archivedAt: isoDateTime.optional(),
  recipient: ageRecipient.optional(),
});
/** A client in a coach's backup. */
export type BackupClient = z.infer<typeof backupClient>;

/** The manifest: what the file is, who made it, for what, and how many records of each type. */
export const bundleManifest = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.number().int().min(1),
  minReaderVersion: z.number().int().min(1),
  appVersion: z.string().min(1).max(64),
  /** The Dexie schema version of the app that wrote the bundle. */
  schemaVersion: z.number().int().min(1),
  createdAt: isoDateTime,
  kind: bundleKind,
  sender: z.object({
    profileId: recordId,
    displayName: z.string().max(200),
    /** The sender's own age recipient (`age1…`), so the other side can encrypt a reply to it. */
    recipient: ageRecipient.optional(),
  }),
  scope: bundleScope,
  counts: bundleCounts,
  /** In a coach's backup: the clients the device knows (see backupClient). */
  clients: z.array(backupClient).max(10_000).optional(),
});
/** A bundle manifest. */
export type BundleManifest = z.infer<typeof bundleManifest>;

/** The array schema of one record type inside a bundle. */
type RecordsShape = { [K in RecordType]: z.ZodArray<(typeof recordSchemas)[K]> };

/** Records per type; every registered type must be present (an empty array if none). */
export const bundleRecords = z.strictObject(
  perRecordType((t) => z.array(recordSchemas[t])) as unknown as RecordsShape,
);
/** Records per type, tombstones included. */
export type BundleRecords = { [K in RecordType]: RecordOf<K>[] };

/** The whole decrypted payload: manifest first, then records. */
export const bundlePayload = z.object({ manifest: bundleManifest, records: bundleRecords });
/** A decrypted, validated bundle. */
export interface BundlePayload {
  manifest: BundleManifest;
  records: BundleRecords;
}

/** An empty records object with every registered type. */
export function emptyRecords(): BundleRecords {
  return Object.fromEntries(recordTypes.map((t) => [t, []])) as unknown as BundleRecords;
}

/** Counts per type of the given records. */
export function countRecords(records: BundleRecords): BundleManifest['counts'] {
  return Object.fromEntries(recordTypes.map((t) => [t, records[t].length])) as Record<
    RecordType,
    number
  >;
}

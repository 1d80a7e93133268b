// The bundle's JSON shape as zod schemas, built from the record registry so no type is missed.

import {
  isoDateTime,
  type RecordOf,
  type RecordType,
  recordId,
  recordSchemas,
  recordTypes,
} from '../domain/records/index';
import { recordsPerType } from '../domain/records/per-type';
import { z } from '../domain/zod';

/** The `format` value every Koers bundle manifest carries. */
export const BUNDLE_FORMAT = 'koers-bundle';
/**
 * The format version this code writes (2: question sets; 3: an investigation names the
 * question set its questions came from, fields a format-2 reader would drop; 4: signed by
 * the sender's device key, and a backup carries that key and the keys its device pinned;
 * 5: the discussions of investigations' results, and the coach's contact for a client's help
 * page; 6: an assignment may suggest a diary reminder, a field a format-5 reader would drop).
 */
export const FORMAT_VERSION = 6;
/** The reader version this code implements; files asking for more are "made by a newer version". */
export const READER_VERSION = 6;
/** The reader version files written by this code ask for. */
export const MIN_READER_VERSION = 6;

/**
 * Record types added after format version 1, with the format version that added them. A file
 * of an older format cannot hold them; reading it treats them as empty, so older backups and
 * exports still import.
 */
export const recordTypeSince: Partial<Record<RecordType, number>> = {
  questionSets: 2,
  discussions: 5,
  helpContacts: 5,
};

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
 * 32 bytes in canonical standard base64 (RFC 4648 §4, padded: 43 characters and `=`): an
 * Ed25519 public or secret key. Whether a public key is a usable point is checked when a
 * signature is verified (signing.ts), so this module stays free of curve code.
 */
export const key32 = z.string().regex(/^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/, {
  message: 'Not a 32-byte key in base64',
});

/** A 64-byte Ed25519 signature in canonical standard base64 (86 characters and `==`). */
export const signature64 = z.string().regex(/^[A-Za-z0-9+/]{85}[AQgw]==$/, {
  message: 'Not a 64-byte signature in base64',
});

/**
 * A sender's signing key as a device pinned it (see src/db/sender-keys.ts), as a backup
 * carries it: a restored device must know whom it trusted, or it would trust anyone again.
 */
export const backupSenderKey = z.object({
  profileId: recordId,
  displayName: z.string().max(200),
  signingKey: key32,
  pinnedAt: isoDateTime,
});
/** A pinned sender key in a backup. */
export type BackupSenderKey = z.infer<typeof backupSenderKey>;

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
    /**
     * The sender's Ed25519 public key that signed the file (format 4 and later; see
     * docs/bundle-format.md "Signature"). Inside the signed bytes, so it cannot be swapped.
     */
    signingKey: key32.optional(),
  }),
  scope: bundleScope,
  counts: bundleCounts,
  /** In a coach's backup: the clients the device knows (see backupClient). */
  clients: z.array(backupClient).max(10_000).optional(),
  /** In a backup only: the device's signing secret key, so a restored device signs as itself. */
  signingSecretKey: key32.optional(),
  /** In a backup only: the senders' keys the device pinned (see backupSenderKey). */
  senderKeys: z.array(backupSenderKey).max(10_000).optional(),
  /** In a backup only (format 4 and later): the role of the device it was made on. */
  deviceRole: z.enum(['client', 'coach']).optional(),
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

/**
 * The whole decrypted JSON: manifest first, then records, then (format 4 and later) the
 * signature over the bytes before it (see docs/bundle-format.md "Signature").
 */
export const bundlePayload = z.object({
  manifest: bundleManifest,
  records: bundleRecords,
  signature: signature64.optional(),
});
/** A decrypted, validated bundle. */
export interface BundlePayload {
  manifest: BundleManifest;
  records: BundleRecords;
}

/** An empty records object with every registered type. */
export function emptyRecords(): BundleRecords {
  return recordsPerType(() => []);
}

/** Counts per type of the given records. */
export function countRecords(records: BundleRecords): BundleManifest['counts'] {
  return Object.fromEntries(recordTypes.map((t) => [t, records[t].length])) as Record<
    RecordType,
    number
  >;
}

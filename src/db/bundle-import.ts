// Importing a decrypted bundle: a preview of what would change and who sent it, and the
// commit, which judges the sender and plans again against the current data and writes
// everything (records, client list, import log, pinned key) in ONE Dexie transaction.
import { fromBase64 } from '../bundle/base64';
import { fingerprintOf } from '../bundle/fingerprint';
import type { BundlePayload } from '../bundle/format';
import { type ImportPlan, planImport } from '../bundle/import-plan';
import { recordsToWrite } from '../bundle/merge';
import type { OpenedBundle } from '../bundle/signed-payload';
import { type DeviceTrust, judgeSender, type KnownKey, type TrustDecision } from '../bundle/trust';
import {
  type RecordBase,
  type RecordOf,
  type RecordType,
  recordTypes,
} from '../domain/records/index';
import { liveOnly } from '../domain/records/live';
import {
  clientRecordTypes,
  importTables,
  type RecordCounts,
  registerImport,
  restoreClients,
} from './clients';
import { getDatabase, type KoersDexie, type SenderKeyRow } from './database';
import { getCoachCode, getSigningKey, setSigningKey } from './keys';
import { baseTableOf } from './record-tables';
import { notifySaved } from './save-events';
import { followStoredMode, openRows, sealForWrite, storageError } from './sealing';
import { pinnedKeys, sealPin } from './sender-keys';
import { loadSettings, updateSettings } from './settings';

/**
 * Reads the held versions of the incoming ids, per type. The table's keys come first (one
 * getAllKeys, no values to deserialise); only ids this device holds are then read, so a first
 * import into an empty or unrelated database reads almost nothing.
 */
async function heldRecords(
  db: KoersDexie,
  payload: BundlePayload,
): Promise<Map<RecordType, Map<string, RecordBase>>> {
  const held = new Map<RecordType, Map<string, RecordBase>>();
  for (const type of recordTypes) {
    const byId = new Map<string, RecordBase>();
    held.set(type, byId);
    const incoming = payload.records[type] as RecordBase[];
    if (incoming.length === 0) continue;
    const table = baseTableOf(db, type);
    const keys = new Set(await table.toCollection().primaryKeys());
    if (keys.size === 0) continue;
    const ids = incoming.map((r) => r.id).filter((id) => keys.has(id));
    if (ids.length === 0) continue;
    // The plan compares content too (unchanged or updated), so sealed rows are opened first.
    const rows = await openRows(
      type,
      (await table.bulkGet(ids)) as (RecordOf<RecordType> | undefined)[],
    );
    for (const r of rows) if (r !== undefined) byId.set(r.id, r);
  }
  return held;
}

/** Plans the import against the held records, after the write rules of its kind. */
async function planAgainst(
  db: KoersDexie,
  payload: BundlePayload,
  ownProfileId: string | null,
): Promise<ImportPlan> {
  const held = await heldRecords(db, payload);
  return planImport(payload, (type, id) => held.get(type)?.get(id), { ownProfileId });
}

/** What this device knows that decides whom to trust, read outside any transaction. */
export interface ImportDevice {
  ownProfileId: string | null;
  role: 'client' | 'coach' | null;
  /** The device's own signing key (public part). */
  ownKey: KnownKey | null;
  /** On a client's device: the coach's signing key from the coach code, if it carried one. */
  coachCodeKey: KnownKey | null;
}

/** Reads the device's profile, role and keys from the settings and key stores. */
export async function loadImportDevice(): Promise<ImportDevice> {
  const [settings, signing, code] = await Promise.all([
    loadSettings(),
    getSigningKey(),
    getCoachCode(),
  ]);
  return {
    ownProfileId: settings.profileId,
    role: settings.role,
    ownKey: signing ? { publicKey: signing.publicKey, fingerprint: signing.fingerprint } : null,
    coachCodeKey:
      code?.signingKey && code.signingFingerprint
        ? { publicKey: code.signingKey, fingerprint: code.signingFingerprint }
        : null,
  };
}

/** True when the device holds no data of its own: no record, no client, no pinned key. */
async function isEmptyDevice(db: KoersDexie): Promise<boolean> {
  for (const type of recordTypes) if ((await db[type].count()) > 0) return false;
  return (await db.clients.count()) === 0 && (await db.senderKeys.count()) === 0;
}

/** The trust rules' view of the device, read inside the import's transaction. */
async function deviceTrust(db: KoersDexie, device: ImportDevice): Promise<DeviceTrust> {
  const pins = await pinnedKeys(db);
  return {
    ...device,
    empty: await isEmptyDevice(db),
    pinned: (profileId) => pins.get(profileId),
  };
}

/** What an import would do and who sent it. */
export interface ImportPreview extends ImportPlan {
  /** Who the file is from, whether that is verified, and whether it is adopted or pinned. */
  trust: TrustDecision;
}

/**
 * What an import would do, without writing anything. Throws a BundleError when the file
 * breaks a write rule of its kind or may not come from its sender here (a second key for a
 * pinned sender, an unsigned file from a sender known to sign, another device's backup).
 */
export async function previewImport(
  opened: OpenedBundle,
  db: KoersDexie = getDatabase(),
  device?: ImportDevice,
): Promise<ImportPreview> {
  try {
    const known = device ?? (await loadImportDevice());
    return await db.transaction('r', tablesOf(db), async () => {
      const trust = judgeSender(opened, await deviceTrust(db, known));
      return { ...(await planAgainst(db, opened, known.ownProfileId)), trust };
    });
  } catch (error) {
    throw rethrow(error);
  }
}

/** Thrown when an unsigned file is committed without the user's confirmation. */
export class UnconfirmedUnsignedError extends Error {
  constructor() {
    super('An unsigned file is imported only after the user confirmed the warning.');
    this.name = 'UnconfirmedUnsignedError';
  }
}

/** Options of commitImport. */
export interface CommitOptions {
  /** The device's profile, role and keys; read from the settings and key stores when not given. */
  device?: ImportDevice;
  /** The user confirmed the preview's warning that the file is not signed. */
  acceptUnsigned?: boolean;
  /** The file is the fictional example client's: its client row is marked as the example. */
  exampleClient?: boolean;
}

/** The pinned keys a backup carries, as rows (their fingerprints made before the transaction). */
async function backupPins(payload: BundlePayload): Promise<SenderKeyRow[]> {
  const rows: SenderKeyRow[] = [];
  for (const pin of payload.manifest.senderKeys ?? []) {
    const raw = fromBase64(pin.signingKey);
    if (raw === null) continue;
    rows.push({ ...pin, fingerprint: await fingerprintOf(raw) });
  }
  return rows;
}

/**
 * Writes the import in one read-write transaction: it judges the sender and plans again
 * inside the transaction, so data or pins changed since the preview are never overwritten by
 * an older version or an unchecked key. All or nothing. A backup adopted on an empty device
 * then becomes the device's own: its profile and its signing key.
 */
export async function commitImport(
  opened: OpenedBundle,
  db: KoersDexie = getDatabase(),
  options: CommitOptions = {},
): Promise<ImportPreview> {
  const { manifest } = opened;
  let result: ImportPreview;
  try {
    // Read before the transaction: awaiting another database inside it would end it.
    const device = options.device ?? (await loadImportDevice());
    const own = device.ownProfileId;
    const restoredPins = manifest.kind === 'backup' ? await backupPins(opened) : [];
    const pinnedAt = new Date().toISOString();
    // A backup is the device itself, and one's own export is one's own data: neither is a
    // client of this device, neither is logged.
    const register =
      manifest.kind !== 'backup' &&
      !(manifest.kind === 'client-export' && manifest.sender.profileId === own);
    result = await db.transaction('rw', tablesOf(db), async () => {
      // First, so the pin and the client row seal as the stored lock state says, as records do.
      await followStoredMode(db);
      const trust = judgeSender(opened, await deviceTrust(db, device));
      if (trust.sender.state === 'unsigned' && options.acceptUnsigned !== true) {
        throw new UnconfirmedUnsignedError();
      }
      const planned = { ...(await planAgainst(db, opened, own)), trust };
      if (trust.pin) {
        await db.senderKeys.put(
          await sealPin(db, {
            profileId: manifest.sender.profileId,
            displayName: manifest.sender.displayName,
            signingKey: trust.pin.publicKey,
            fingerprint: trust.pin.fingerprint,
            pinnedAt,
          }),
        );
      }
      // A restored device trusts whom it trusted; a key it pinned since is kept as it is.
      for (const pin of restoredPins) {
        if (!(await db.senderKeys.get(pin.profileId))) {
          await db.senderKeys.add(await sealPin(db, pin));
        }
      }
      const writes = recordsToWrite(planned.plan);
      // Counted before writing, by the index alone (no values read): see firstImportCounts.
      const ownedBefore = register ? await ownedCount(db, manifest.sender.profileId) : -1;
      for (const type of recordTypes) {
        const list = writes[type] as RecordBase[];
        // Sealed under the lock like any write (the bundle itself stays as it came).
        if (list.length > 0) {
          const stored = await sealForWrite(db, type, list as RecordOf<RecordType>[]);
          await baseTableOf(db, type).bulkPut(stored as RecordBase[]);
        }
      }
      if (manifest.kind === 'backup' && manifest.clients) {
        await restoreClients(db, manifest.clients);
      }
      if (!register) return planned;
      // In the same transaction: the coach's client list and the log of what this import
      // brought ("new since the last import").
      const ids = (pick: 'added' | 'updated' | 'deleted') => {
        const out: Partial<Record<RecordType, string[]>> = {};
        for (const type of recordTypes) {
          const list = (planned.plan[type][pick] as RecordBase[]).map((r) => r.id);
          if (list.length > 0) out[type] = list;
        }
        return out;
      };
      await registerImport(db, {
        clientId: manifest.sender.profileId,
        displayName: manifest.sender.displayName,
        kind: manifest.kind,
        bundleCreatedAt: manifest.createdAt,
        added: ids('added'),
        updated: ids('updated'),
        deleted: ids('deleted'),
        ...(manifest.sender.recipient ? { recipient: manifest.sender.recipient } : {}),
        ...(ownedBefore === 0 ? { recordCounts: firstImportCounts(writes) } : {}),
      });
      if (options.exampleClient) {
        const row = await db.clients.get(manifest.sender.profileId);
        if (row) await db.clients.put({ ...row, example: true });
      }
      return planned;
    });
  } catch (error) {
    throw rethrow(error);
  }
  notifySaved();
  if (result.trust.adopt) await adoptBackup(opened);
  return result;
}

/**
 * Makes an adopted backup the device's own: its profile (the owner of the records just
 * restored) and, when it carries one, its signing key, so the device goes on signing as the
 * one that made the backup. Runs after the records are committed, like any settings change.
 */
async function adoptBackup(opened: OpenedBundle): Promise<void> {
  const { sender, signingSecretKey } = opened.manifest;
  await updateSettings({
    profileId: sender.profileId,
    ...(sender.displayName ? { displayName: sender.displayName } : {}),
  });
  // The worker checked that this secret belongs to the key that signed the backup.
  if (signingSecretKey && opened.signature.state === 'signed') {
    await setSigningKey({
      secretKey: signingSecretKey,
      publicKey: opened.signature.publicKey,
      fingerprint: opened.signature.fingerprint,
      createdAt: new Date().toISOString(),
    });
  }
}

/** How many records `ownerId` owns in the client record tables, by the ownerId index alone. */
async function ownedCount(db: KoersDexie, ownerId: string): Promise<number> {
  let n = 0;
  for (const type of clientRecordTypes)
    n += await db[type].where('ownerId').equals(ownerId).count();
  return n;
}

/**
 * The sender's live record counts after an import into a device that held none of their
 * records: exactly the live records written (every written record is the sender's, and
 * nothing of theirs was there before), so registerImport need not read them back.
 */
function firstImportCounts(writes: ReturnType<typeof recordsToWrite>): RecordCounts {
  const counts: RecordCounts = {};
  for (const type of clientRecordTypes) {
    counts[type] = liveOnly(writes[type] as RecordBase[]).length;
  }
  return counts;
}

/** How many records (tombstones too) `ownerId` owns on this device. */
export async function countOwned(ownerId: string, db: KoersDexie = getDatabase()): Promise<number> {
  let n = 0;
  for (const type of recordTypes) n += await db[type].where('ownerId').equals(ownerId).count();
  return n;
}

/**
 * Every table an import reads or writes: records, client list, import log (with the lock
 * state, so rows seal as it is stored), pinned keys.
 */
function tablesOf(db: KoersDexie) {
  return [...importTables(db), db.senderKeys];
}

/** Bundle errors pass through as they are; platform errors become AppErrors. */
function rethrow(error: unknown): unknown {
  if (error instanceof Error && error.name === 'BundleError') return error;
  if (error instanceof UnconfirmedUnsignedError) return error;
  return storageError(error);
}

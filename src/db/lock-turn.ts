// Turning the lock on and off over the data that exists (docs/security.md, "Turning the lock
// on and off"): one transaction stores the wrappers and the state `turning-on`; then, table
// by table in a fixed order, batches by primary key seal every plain row and move the table's
// marker in the same transaction; the last batch sets the state `on`. A crash or a closed tab
// leaves the state and the markers as the last committed batch left them, so the next
// `resumeTurn` goes on from there; a batch that runs twice changes nothing (sealed rows are
// skipped). Turning off is the mirror image, and ends by deleting the wrappers.
//
// The record tables, the drafts, the coach's clients and, last, the device's keys in
// idb-keyval (a store apart, walked key by key: each value is either sealed or plain, so a
// step that runs twice changes nothing). The import log holds nothing to seal.
import Dexie, { type Table } from 'dexie';
import { type RecordOf, type RecordType, recordSchemas } from '../domain/records';
import { recordTypes } from '../domain/records/types';
import { isSealed, openRecord, type SealedRecord, sealRecord } from '../lock/envelope';
import { LockError } from '../lock/errors';
import type { KeyWrapper } from '../lock/wrapper-schema';
import { openClientWith, type StoredClient, sealClientWith } from './client-sealing';
import type { ClientRow, DraftRow, KoersDexie, SenderKeyRow } from './database';
import { openDraftWith, type StoredDraft, sealDraftWith } from './draft-sealing';
import { turnDeviceKeyValues } from './keys';
import { readLockState, setLockMode } from './lock-session';
import { LOCK_STATE_ID, type LockStateRow } from './lock-state';
import { baseTableOf } from './record-tables';
import { openPinWith, type StoredSenderKey, sealPinWith } from './sender-keys';
import { turnSettingsName } from './settings';

/** The tables of the database a turn walks, besides the record types. */
type LocalTurnTable = 'drafts' | 'clients' | 'senderKeys';

/** A store a turn walks: a table of the database, or the device's keys in idb-keyval. */
export type TurnTable = RecordType | LocalTurnTable | 'deviceKeys';

/** The stores a turn walks, in this order: the record types, drafts, clients, pins, device keys. */
export const turnTables: readonly TurnTable[] = [
  ...recordTypes,
  'drafts',
  'clients',
  'senderKeys',
  'deviceKeys',
];

/** Rows per batch: small enough that a batch's transaction is short on a phone. */
export const TURN_BATCH_SIZE = 200;

/** Thrown when a turn is asked for from a state it cannot start from. */
export class LockTurnError extends Error {
  override readonly name = 'LockTurnError';
}

function stateRow(state: LockStateRow['state'], now: Date): LockStateRow {
  return { id: LOCK_STATE_ID, state, progress: {}, changedAt: now.toISOString() };
}

/**
 * Starts turning the lock on: stores the wrappers (at least a passphrase and a recovery key)
 * and the state `turning-on`, in one transaction. From then on every write is sealed; the
 * batches (`resumeTurn`) seal what exists.
 */
export async function beginTurnOn(
  db: KoersDexie,
  wrappers: readonly KeyWrapper[],
  now = new Date(),
): Promise<void> {
  const kinds = new Set(wrappers.map((wrapper) => wrapper.kind));
  if (!kinds.has('passphrase') || !kinds.has('recovery')) {
    throw new LockTurnError('The lock needs a passphrase wrapper and a recovery-key wrapper');
  }
  await db.transaction('rw', db.lockKeys, db.lockState, async () => {
    const current = await readLockState(db.lockState);
    if (current.state !== 'off') throw new LockTurnError(`The lock is ${current.state}`);
    await db.lockKeys.bulkPut([...wrappers]);
    await db.lockState.put(stateRow('turning-on', now));
  });
  setLockMode(db, 'turning-on');
}

/**
 * Starts turning the lock off (the caller has asked for the passphrase and holds the key):
 * the state `turning-off`, every marker reset. Also turns back a turn-on under way.
 */
export async function beginTurnOff(db: KoersDexie, now = new Date()): Promise<void> {
  await db.transaction('rw', db.lockState, async () => {
    const current = await readLockState(db.lockState);
    if (current.state === 'off' || current.state === 'turning-off') {
      throw new LockTurnError(`The lock is ${current.state}`);
    }
    await db.lockState.put(stateRow('turning-off', now));
  });
  setLockMode(db, 'turning-off');
}

/** A stored row as the turn wants it, or undefined when it is so already. */
async function turned(
  key: CryptoKey,
  type: RecordType | LocalTurnTable,
  row: object,
  on: boolean,
): Promise<object | undefined> {
  if (on === isSealed(row)) return undefined;
  if (type === 'drafts') {
    const draft = row as StoredDraft;
    return on ? sealDraftWith(key, draft as DraftRow) : openDraftWith(key, draft);
  }
  if (type === 'clients') {
    const client = row as StoredClient;
    return on ? sealClientWith(key, client as ClientRow) : openClientWith(key, client);
  }
  if (type === 'senderKeys') {
    const pin = row as StoredSenderKey;
    return on ? sealPinWith(key, pin as SenderKeyRow) : openPinWith(key, pin);
  }
  if (on) return sealRecord(key, type, row);
  const parsed = recordSchemas[type].safeParse(await openRecord(key, type, row as SealedRecord));
  if (!parsed.success) throw new LockError('damaged-record', 'contents', { cause: parsed.error });
  return parsed.data as RecordOf<RecordType>;
}

/** A row's primary key: `key` for drafts, `profileId` for pins, `id` for the others. */
function primaryKeyOf(type: RecordType | LocalTurnTable, row: object): string {
  if (type === 'drafts') return (row as DraftRow).key;
  if (type === 'senderKeys') return (row as SenderKeyRow).profileId;
  return (row as { id: string }).id;
}

/** Ends a turn whose tables are all done: on, or off with the wrappers deleted. */
async function finish(db: KoersDexie, state: LockStateRow, now: Date): Promise<void> {
  const on = state.state === 'turning-on';
  await db.transaction('rw', db.lockKeys, db.lockState, async () => {
    const current = await readLockState(db.lockState);
    if (current.state !== state.state) return;
    if (!on) await db.lockKeys.clear();
    await db.lockState.put(stateRow(on ? 'on' : 'off', now));
  });
  setLockMode(db, on ? 'on' : 'off');
}

/**
 * Runs one batch of the turn under way, with the data key: the next `batchSize` rows of the
 * first table not done, sealed (or opened), and its marker moved, in one transaction. Returns
 * false when there is no turn under way (it has just finished, or never started).
 */
export async function runTurnBatch(
  db: KoersDexie,
  key: CryptoKey,
  batchSize = TURN_BATCH_SIZE,
  now = new Date(),
): Promise<boolean> {
  const state = await readLockState(db.lockState);
  if (state.state !== 'turning-on' && state.state !== 'turning-off') return false;
  const type = turnTables.find((name) => state.progress[name]?.done !== true);
  if (type === undefined) {
    await finish(db, state, now);
    return false;
  }
  const on = state.state === 'turning-on';
  if (type === 'deviceKeys') {
    await turnDeviceKeys(db, key, state.state, now);
    return true;
  }
  const table: Table<object, string> =
    type === 'drafts' || type === 'clients' || type === 'senderKeys'
      ? (db[type] as Table<object, string>)
      : baseTableOf(db, type);
  await db.transaction('rw', table, db.lockState, async () => {
    // Read again inside: another tab may have moved the marker since.
    const current = await readLockState(db.lockState);
    if (current.state !== state.state) return;
    const last = current.progress[type]?.last;
    const rows =
      last === undefined
        ? await table.orderBy(':id').limit(batchSize).toArray()
        : await table.where(':id').above(last).limit(batchSize).toArray();
    const changed = await Dexie.waitFor(Promise.all(rows.map((row) => turned(key, type, row, on))));
    const writes = changed.filter((row) => row !== undefined);
    if (writes.length > 0) await table.bulkPut(writes);
    const lastRow = rows.at(-1);
    const next = lastRow === undefined ? last : primaryKeyOf(type, lastRow);
    await db.lockState.put({
      ...current,
      progress: {
        ...current.progress,
        [type]: { ...(next === undefined ? {} : { last: next }), done: rows.length < batchSize },
      },
      changedAt: now.toISOString(),
    });
  });
  return true;
}

/**
 * Turns the device's keys (idb-keyval, a store apart: no transaction spans it and the lock
 * state), then marks them done if the turn is still the same. Each key is turned on its own
 * and a key already in the target shape is left alone, so running this twice is harmless.
 */
async function turnDeviceKeys(
  db: KoersDexie,
  key: CryptoKey,
  mode: LockStateRow['state'],
  now: Date,
): Promise<void> {
  const on = mode === 'turning-on';
  await turnDeviceKeyValues(key, on);
  await turnSettingsName(key, on);
  await db.transaction('rw', db.lockState, async () => {
    const current = await readLockState(db.lockState);
    if (current.state !== mode) return;
    await db.lockState.put({
      ...current,
      progress: { ...current.progress, deviceKeys: { done: true } },
      changedAt: now.toISOString(),
    });
  });
}

/** Runs the turn under way to its end, batch after batch; `onBatch` hears of each. */
export async function resumeTurn(
  db: KoersDexie,
  key: CryptoKey,
  options: { batchSize?: number; onBatch?: () => void } = {},
): Promise<void> {
  while (await runTurnBatch(db, key, options.batchSize)) options.onBatch?.();
}

// What the lock's screens ask of the database: the lock state this connection works under,
// the stored wrapper to unlock with, and turning the lock on or off with progress. The
// sealing itself lives in lock-turn.ts; this file only strings its steps together for a
// screen, so a screen never touches tables.
import { LockError } from '../lock/errors';
import { type PassphraseKdf, shouldStrengthen } from '../lock/kdf';
import { keyHolder } from '../lock/key-holder';
import { readWrapper } from '../lock/wrapper';
import { type KeyWrapper, type PassphraseWrapper, passphraseWrapper } from '../lock/wrapper-schema';
import { getDatabase, type KoersDexie } from './database';
import { readLockState } from './lock-session';
import { beginTurnOff, beginTurnOn, resumeTurn, TURN_BATCH_SIZE, turnTables } from './lock-turn';
import { baseTableOf } from './record-tables';

/** The lock state of the app's database, read as its connection opens. */
export { lockModeOnOpen as currentLockMode } from './lock-start';

/**
 * The stored wrapper of `kind`, as stored (unchecked: the worker checks it, so a damaged one
 * is told apart from a wrong secret there); undefined when there is none.
 */
export async function storedWrapper(
  kind: KeyWrapper['kind'],
  db: KoersDexie = getDatabase(),
): Promise<unknown> {
  return db.lockKeys.where('kind').equals(kind).first();
}

/** How far a turn has come, in batches of rows; `total` is an estimate from the counts. */
export interface TurnProgress {
  batches: number;
  total: number;
}

async function batchesToTurn(db: KoersDexie): Promise<number> {
  let batches = 0;
  for (const type of turnTables) {
    // The device keys (idb-keyval) are one step; every table is batches of rows.
    if (type === 'deviceKeys') {
      batches += 1;
      continue;
    }
    const table =
      type === 'drafts' || type === 'clients' || type === 'senderKeys'
        ? db[type]
        : baseTableOf(db, type);
    batches += Math.max(1, Math.ceil((await table.count()) / TURN_BATCH_SIZE));
  }
  return batches;
}

/** Runs the turn under way to its end with the held key, telling `onProgress` per batch. */
export async function finishTurn(
  onProgress: (progress: TurnProgress) => void = () => undefined,
  db: KoersDexie = getDatabase(),
): Promise<void> {
  const key = keyHolder.key();
  if (key === undefined) throw new Error('finishTurn needs the data key');
  const total = Math.max(1, await batchesToTurn(db));
  let batches = 0;
  onProgress({ batches, total });
  await resumeTurn(db, key, {
    onBatch: () => {
      batches += 1;
      onProgress({ batches: Math.min(batches, total), total });
    },
  });
  onProgress({ batches: total, total });
}

/**
 * Turns the lock on: stores the wrappers and the state `turning-on` (from then on every write
 * is sealed), holds the key, and seals what exists in resumable batches.
 */
export async function turnLockOn(
  lock: { key: CryptoKey; wrappers: readonly KeyWrapper[] },
  onProgress?: (progress: TurnProgress) => void,
  db: KoersDexie = getDatabase(),
): Promise<void> {
  if (!db.isOpen()) await db.open();
  await beginTurnOn(db, lock.wrappers);
  keyHolder.hold(lock.key);
  await finishTurn(onProgress, db);
}

/**
 * Turns the lock off with the held key (the caller asked for the passphrase): opens every
 * sealed row in resumable batches, then deletes the wrappers. The caller drops the key once
 * it has told the app the lock is off (dropping it before would show the lock screen).
 */
export async function turnLockOff(
  onProgress?: (progress: TurnProgress) => void,
  db: KoersDexie = getDatabase(),
): Promise<void> {
  if (!db.isOpen()) await db.open();
  await beginTurnOff(db);
  await finishTurn(onProgress, db);
}

/** Makes a new passphrase wrapper from a stored wrapper and its secret (the lock worker). */
export type RewrapPassphrase = (
  wrapper: unknown,
  secret: string,
  passphrase: string,
) => Promise<PassphraseWrapper>;

/**
 * Replaces the stored wrapper of `fresh`'s kind by `fresh`, in one transaction and only while
 * the lock is on (a turn under way reads its wrappers as they were). `fresh` is checked first.
 */
export async function replaceWrapper(
  fresh: KeyWrapper,
  db: KoersDexie = getDatabase(),
): Promise<void> {
  if (!db.isOpen()) await db.open();
  const checked = await readWrapper(fresh);
  await db.transaction('rw', db.lockKeys, db.lockState, async () => {
    if ((await readLockState(db.lockState)).state !== 'on') {
      throw new Error('A key of the lock is replaced only while the lock is on');
    }
    const old = await db.lockKeys.where('kind').equals(checked.kind).primaryKeys();
    await db.lockKeys.bulkDelete(old);
    await db.lockKeys.add(checked);
  });
}

/**
 * Changes the lock's passphrase: the stored wrapper of `from.kind` (the passphrase, or the
 * recovery key when the passphrase is forgotten) is opened with `from.secret` and the data key
 * wrapped again by `passphrase` (by `rewrap`, in the worker); then one transaction replaces the
 * passphrase wrapper. No record is re-encrypted. Any failure before the transaction commits
 * (a wrong secret, a damaged wrapper, a failed write) leaves the stored wrappers as they were.
 */
export async function changePassphrase(
  from: { kind: KeyWrapper['kind']; secret: string },
  passphrase: string,
  rewrap: RewrapPassphrase,
  db: KoersDexie = getDatabase(),
): Promise<void> {
  if (!db.isOpen()) await db.open();
  const source = await db.lockKeys.where('kind').equals(from.kind).first();
  // No stored wrapper under a lock that is on: the key store is damaged, not the secret.
  if (source === undefined) throw new LockError('damaged-wrapper', 'schema');
  const fresh = await rewrap(source, from.secret, passphrase);
  if (fresh.kind !== 'passphrase') throw new LockError('damaged-wrapper', 'schema');
  await replaceWrapper(fresh, db);
}

/**
 * After an unlock with `passphrase`: makes the passphrase wrapper again when it is weaker than
 * this device makes them (shouldStrengthen), such as a PBKDF2 wrapper made where WebAssembly
 * did not run. `expected` is the page's guess of the device's KDF, to skip the work when there
 * is nothing to gain; `rewrap` (the lock worker) picks the KDF itself, as it does for a new
 * passphrase, and the new wrapper is kept only when it is stronger. The data key and every
 * record stay as they are. Only the wrapper that was opened is replaced: a passphrase changed
 * meanwhile (in another tab) is kept, as is the old wrapper when anything fails, so the
 * passphrase always opens the lock. Returns whether the wrapper was replaced.
 */
export async function strengthenPassphraseWrapper(
  passphrase: string,
  expected: PassphraseKdf,
  rewrap: RewrapPassphrase,
  db: KoersDexie = getDatabase(),
): Promise<boolean> {
  if (!db.isOpen()) await db.open();
  const source = await db.lockKeys.where('kind').equals('passphrase').first();
  const parsed = passphraseWrapper.safeParse(source);
  if (!parsed.success || !shouldStrengthen(parsed.data.kdf, expected)) return false;
  const fresh = await rewrap(source, passphrase, passphrase);
  if (fresh.kind !== 'passphrase' || !shouldStrengthen(parsed.data.kdf, fresh.kdf)) return false;
  const checked = await readWrapper(fresh);
  return db.transaction('rw', db.lockKeys, db.lockState, async () => {
    if ((await readLockState(db.lockState)).state !== 'on') return false;
    const current = await db.lockKeys.where('kind').equals('passphrase').toArray();
    if (current.length !== 1 || current[0]?.id !== parsed.data.id) return false;
    await db.lockKeys.where('kind').equals('passphrase').delete();
    await db.lockKeys.add(checked);
    return true;
  });
}

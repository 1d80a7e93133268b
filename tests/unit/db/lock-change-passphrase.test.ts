// Changing the lock's passphrase rewraps the data key and nothing else: afterwards the old
// passphrase is refused as wrong, the new one and the recovery key open the same key, and
// every sealed row is byte for byte what it was. A failure anywhere (a wrong current secret,
// a damaged stored wrapper, a write that fails inside the transaction) leaves the stored
// wrappers exactly as they were.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KoersDexie } from '../../../src/db/database';
import { loadExampleData } from '../../../src/db/example-data';
import {
  changePassphrase,
  type RewrapPassphrase,
  replaceWrapper,
  turnLockOn,
} from '../../../src/db/lock-control';
import { Repository } from '../../../src/db/repository';
import { recordTypes } from '../../../src/domain/records';
import { isSealed, openRecord } from '../../../src/lock/envelope';
import { isLockError } from '../../../src/lock/errors';
import type { PassphraseKdf } from '../../../src/lock/kdf';
import { keyHolder } from '../../../src/lock/key-holder';
import { formatRecoveryKey, newRecoveryKeyBytes } from '../../../src/lock/recovery-key';
import { type NewLock, setUpLock } from '../../../src/lock/setup';
import { rewrapWithPassphrase, rewrapWithRecoveryKey, unlock } from '../../../src/lock/wrapper';
import { freshDatabase, OWNER } from './helpers';

const MARKER = 'zq7-MARKER-wissel';
const OLD = 'lantaarn molen zeven';
const NEW = 'kompas wilg negen dijken';
// Tiny Argon2id parameters: the KDF's cost is not under test here (kdf.test.ts runs the real ones).
const fast: PassphraseKdf = { name: 'argon2id', memoryKiB: 64, iterations: 1, parallelism: 1 };
const rewrap: RewrapPassphrase = (wrapper, secret, passphrase) =>
  rewrapWithPassphrase(wrapper, secret, passphrase, fast);
const t0 = new Date('2026-11-02T08:00:00.000Z');

let db: KoersDexie;
let lock: NewLock;
let markerId: string;

/** Every raw row of every record table and of the drafts, by table. */
async function rawRows(): Promise<Record<string, Record<string, unknown>[]>> {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const type of [...recordTypes, 'drafts']) out[type] = await db.table(type).toArray();
  return out;
}

async function storedKeys(): Promise<Record<string, unknown>[]> {
  return db.lockKeys.orderBy('id').toArray() as Promise<Record<string, unknown>[]>;
}

async function wrapperOf(kind: 'passphrase' | 'recovery'): Promise<unknown> {
  return db.lockKeys.where('kind').equals(kind).first();
}

/** Opens the marker entry with `key`: proof that `key` is the data key the rows are sealed by. */
async function markerSituation(key: CryptoKey): Promise<unknown> {
  const row = await db.diaryEntries.get(markerId);
  if (row === undefined || !isSealed(row)) throw new Error('The marker entry is not sealed');
  return (await openRecord(key, 'diaryEntries', row)).situation;
}

async function failureKind(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return isLockError(error) ? error.kind : String((error as Error).message);
  }
  return 'no failure';
}

beforeEach(async () => {
  db = freshDatabase();
  await loadExampleData(OWNER, t0);
  markerId = (
    await new Repository('diaryEntries').create(
      OWNER,
      { occurredAt: t0.toISOString(), situation: MARKER },
      t0,
    )
  ).id;
  await db.drafts.put({
    key: 'diary:new',
    value: { situation: MARKER },
    savedAt: t0.toISOString(),
  });
  lock = await setUpLock(OLD, fast);
  await turnLockOn({ key: lock.key, wrappers: [lock.passphraseWrapper, lock.recoveryWrapper] });
});
afterEach(async () => {
  keyHolder.lock();
  await db.delete();
});

describe('changing the passphrase', () => {
  it('rewraps only: the old one is wrong, the new one and the recovery key open, no row changes', async () => {
    const before = await rawRows();
    // The lock is on over everything: the example data, the marker entry and the draft.
    expect(Object.values(before).flat().length).toBeGreaterThan(10);
    expect(
      Object.values(before)
        .flat()
        .every((row) => isSealed(row)),
    ).toBe(true);
    const recoveryBefore = await wrapperOf('recovery');

    await changePassphrase({ kind: 'passphrase', secret: OLD }, NEW, rewrap);

    const keys = await storedKeys();
    expect(keys.map((k) => k.kind).sort()).toEqual(['passphrase', 'recovery']);
    expect((await wrapperOf('passphrase')) as { id: string }).not.toMatchObject({
      id: lock.passphraseWrapper.id,
    });
    expect(await wrapperOf('recovery')).toEqual(recoveryBefore);

    const passphraseWrapper = await wrapperOf('passphrase');
    expect(await failureKind(unlock(passphraseWrapper, OLD))).toBe('wrong-passphrase');
    expect(await markerSituation(await unlock(passphraseWrapper, NEW))).toBe(MARKER);
    const recovered = await unlock(await wrapperOf('recovery'), lock.recoveryKey);
    expect(await markerSituation(recovered)).toBe(MARKER);

    // Byte for byte: the same nonces and ciphertexts in every sealed row (no re-encryption).
    expect(await rawRows()).toEqual(before);
  });

  it('opens with the recovery key when the passphrase is forgotten', async () => {
    const before = await rawRows();
    await changePassphrase({ kind: 'recovery', secret: lock.recoveryKey }, NEW, rewrap);
    const passphraseWrapper = await wrapperOf('passphrase');
    expect(await failureKind(unlock(passphraseWrapper, OLD))).toBe('wrong-passphrase');
    expect(await markerSituation(await unlock(passphraseWrapper, NEW))).toBe(MARKER);
    expect(await rawRows()).toEqual(before);
  });

  it('leaves the stored wrappers unchanged after a wrong current passphrase', async () => {
    const keys = await storedKeys();
    const kind = failureKind(changePassphrase({ kind: 'passphrase', secret: NEW }, OLD, rewrap));
    expect(await kind).toBe('wrong-passphrase');
    expect(await storedKeys()).toEqual(keys);
    expect(await markerSituation(await unlock(await wrapperOf('passphrase'), OLD))).toBe(MARKER);
  });

  it('tells a damaged stored wrapper apart from a wrong passphrase, and changes nothing', async () => {
    const stored = (await wrapperOf('passphrase')) as { id: string; salt: Uint8Array };
    const salt = new Uint8Array(stored.salt);
    salt[0] = (salt[0] ?? 0) ^ 1;
    await db.lockKeys.update(stored.id, { salt });
    const keys = await storedKeys();
    const kind = failureKind(changePassphrase({ kind: 'passphrase', secret: OLD }, NEW, rewrap));
    expect(await kind).toBe('damaged-wrapper');
    expect(await storedKeys()).toEqual(keys);
  });

  it('rolls the replacement back when its write fails inside the transaction', async () => {
    const keys = await storedKeys();
    db.lockKeys.hook('creating', () => {
      throw new Error('The disk is full');
    });
    const kind = failureKind(changePassphrase({ kind: 'passphrase', secret: OLD }, NEW, rewrap));
    expect(await kind).toBe('The disk is full');
    // The old passphrase wrapper's deletion went back with the failed add: both are there.
    expect(await storedKeys()).toEqual(keys);
    expect(await markerSituation(await unlock(await wrapperOf('passphrase'), OLD))).toBe(MARKER);
  });
});

describe('a new recovery key', () => {
  it('replaces the recovery wrapper only: the old key is wrong, the new one opens, no row changes', async () => {
    const before = await rawRows();
    const passphraseBefore = await wrapperOf('passphrase');
    const bytes = newRecoveryKeyBytes();
    const fresh = await rewrapWithRecoveryKey(passphraseBefore, OLD, bytes);
    const newKey = await formatRecoveryKey(bytes);
    // Made but not yet confirmed: the old key still opens.
    expect(await markerSituation(await unlock(await wrapperOf('recovery'), lock.recoveryKey))).toBe(
      MARKER,
    );

    await replaceWrapper(fresh);

    expect((await storedKeys()).map((k) => k.kind).sort()).toEqual(['passphrase', 'recovery']);
    expect(await wrapperOf('passphrase')).toEqual(passphraseBefore);
    const recovery = await wrapperOf('recovery');
    expect(await failureKind(unlock(recovery, lock.recoveryKey))).toBe('wrong-recovery-key');
    expect(await markerSituation(await unlock(recovery, newKey))).toBe(MARKER);
    expect(await rawRows()).toEqual(before);
  });

  it('refuses a wrapper that fails its check, and changes nothing', async () => {
    const keys = await storedKeys();
    const fresh = await rewrapWithRecoveryKey(
      await wrapperOf('passphrase'),
      OLD,
      newRecoveryKeyBytes(),
    );
    const kind = failureKind(replaceWrapper({ ...fresh, createdAt: '2020-01-01T00:00:00.000Z' }));
    expect(await kind).toBe('damaged-wrapper');
    expect(await storedKeys()).toEqual(keys);
  });
});

// After an unlock with the passphrase, a wrapper weaker than this device can make (PBKDF2 from a
// device without WebAssembly) is made again with Argon2id: the same passphrase opens the same
// data key, no record changes, and a passphrase changed meanwhile is never overwritten.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KoersDexie } from '../../../src/db/database';
import {
  changePassphrase,
  type RewrapPassphrase,
  strengthenPassphraseWrapper,
  turnLockOn,
} from '../../../src/db/lock-control';
import { Repository } from '../../../src/db/repository';
import { isSealed, openRecord } from '../../../src/lock/envelope';
import { isLockError } from '../../../src/lock/errors';
import {
  ARGON2ID_DEFAULT,
  type PassphraseKdf,
  PBKDF2_DEFAULT,
  shouldStrengthen,
} from '../../../src/lock/kdf';
import { keyHolder } from '../../../src/lock/key-holder';
import { type NewLock, setUpLock } from '../../../src/lock/setup';
import { rewrapWithPassphrase, unlock } from '../../../src/lock/wrapper';
import { freshDatabase, OWNER } from './helpers';

const PASSPHRASE = 'lantaarn molen zeven';
const MARKER = 'zq7-MARKER-sterker';
const t0 = new Date('2026-11-02T08:00:00.000Z');

let db: KoersDexie;
let lock: NewLock;
let markerId: string;
let rewraps: number;
/** The lock worker where Argon2id runs: it picks Argon2id for the new wrapper. */
const rewrap: RewrapPassphrase = (wrapper, secret, passphrase) => {
  rewraps += 1;
  return rewrapWithPassphrase(wrapper, secret, passphrase, ARGON2ID_DEFAULT);
};

const passphraseRow = () => db.lockKeys.where('kind').equals('passphrase').first();

async function markerSituation(key: CryptoKey): Promise<unknown> {
  const row = await db.diaryEntries.get(markerId);
  if (row === undefined || !isSealed(row)) throw new Error('The marker entry is not sealed');
  return (await openRecord(key, 'diaryEntries', row)).situation;
}

beforeEach(async () => {
  rewraps = 0;
  db = freshDatabase();
  markerId = (
    await new Repository('diaryEntries').create(
      OWNER,
      { occurredAt: t0.toISOString(), situation: MARKER },
      t0,
    )
  ).id;
  // As a device without WebAssembly makes it: PBKDF2 with the policy's 600,000 iterations.
  lock = await setUpLock(PASSPHRASE, PBKDF2_DEFAULT);
  await turnLockOn({ key: lock.key, wrappers: [lock.passphraseWrapper, lock.recoveryWrapper] });
});
afterEach(async () => {
  keyHolder.lock();
  await db.delete();
});

describe('strengthening the passphrase wrapper', () => {
  it('makes a PBKDF2 wrapper again with Argon2id where WebAssembly runs: same key, same rows', async () => {
    const rowsBefore = await db.diaryEntries.toArray();
    const recoveryBefore = await db.lockKeys.where('kind').equals('recovery').first();

    expect(await strengthenPassphraseWrapper(PASSPHRASE, ARGON2ID_DEFAULT, rewrap)).toBe(true);

    const stored = await passphraseRow();
    expect(stored?.kdf).toEqual(ARGON2ID_DEFAULT);
    expect(stored?.id).not.toBe(lock.passphraseWrapper.id);
    expect(await db.lockKeys.count()).toBe(2);
    expect(await db.lockKeys.where('kind').equals('recovery').first()).toEqual(recoveryBefore);
    expect(await db.diaryEntries.toArray()).toEqual(rowsBefore);
    // The same passphrase opens the same data key.
    expect(await markerSituation(await unlock(stored, PASSPHRASE))).toBe(MARKER);
    // Once strong, it is left alone.
    expect(await strengthenPassphraseWrapper(PASSPHRASE, ARGON2ID_DEFAULT, rewrap)).toBe(false);
    expect(rewraps).toBe(1);
  });

  it('leaves the wrapper where this device has no stronger KDF (no WebAssembly)', async () => {
    expect(await strengthenPassphraseWrapper(PASSPHRASE, PBKDF2_DEFAULT, rewrap)).toBe(false);
    expect(rewraps).toBe(0);
    expect((await passphraseRow())?.id).toBe(lock.passphraseWrapper.id);
  });

  it('never overwrites a passphrase changed while it worked (another tab)', async () => {
    const other = 'kompas wilg negen dijken';
    const meanwhile: RewrapPassphrase = async (wrapper, secret, passphrase) => {
      const made = await rewrap(wrapper, secret, passphrase);
      await changePassphrase({ kind: 'passphrase', secret: PASSPHRASE }, other, (w, s, p) =>
        rewrapWithPassphrase(w, s, p, PBKDF2_DEFAULT),
      );
      return made;
    };
    expect(await strengthenPassphraseWrapper(PASSPHRASE, ARGON2ID_DEFAULT, meanwhile)).toBe(false);
    const stored = await passphraseRow();
    expect(await markerSituation(await unlock(stored, other))).toBe(MARKER);
    expect(await db.lockKeys.where('kind').equals('passphrase').count()).toBe(1);
  });

  it("keeps the wrapper when the worker cannot make a stronger one (the page's guess was wrong)", async () => {
    // The page runs WebAssembly, the worker does not: it makes PBKDF2 again.
    const workerWithoutWasm: RewrapPassphrase = (wrapper, secret, passphrase) => {
      rewraps += 1;
      return rewrapWithPassphrase(wrapper, secret, passphrase, PBKDF2_DEFAULT);
    };
    expect(await strengthenPassphraseWrapper(PASSPHRASE, ARGON2ID_DEFAULT, workerWithoutWasm)).toBe(
      false,
    );
    expect(rewraps).toBe(1);
    expect((await passphraseRow())?.id).toBe(lock.passphraseWrapper.id);
  });

  it('keeps the stored wrapper when the passphrase does not open it', async () => {
    let kind = 'no failure';
    try {
      await strengthenPassphraseWrapper('not the passphrase', ARGON2ID_DEFAULT, rewrap);
    } catch (error) {
      kind = isLockError(error) ? error.kind : String(error);
    }
    expect(kind).toBe('wrong-passphrase');
    expect((await passphraseRow())?.id).toBe(lock.passphraseWrapper.id);
  });
});

describe('shouldStrengthen', () => {
  const weakArgon: PassphraseKdf = {
    name: 'argon2id',
    memoryKiB: 64,
    iterations: 1,
    parallelism: 1,
  };
  const weakPbkdf2: PassphraseKdf = { name: 'pbkdf2-sha256', iterations: 100_000 };
  it('strengthens what is below the floor or PBKDF2 where Argon2id runs, and nothing else', () => {
    expect(shouldStrengthen(PBKDF2_DEFAULT, ARGON2ID_DEFAULT)).toBe(true);
    expect(shouldStrengthen(weakPbkdf2, PBKDF2_DEFAULT)).toBe(true);
    expect(shouldStrengthen(weakArgon, ARGON2ID_DEFAULT)).toBe(true);
    expect(shouldStrengthen(PBKDF2_DEFAULT, PBKDF2_DEFAULT)).toBe(false);
    expect(shouldStrengthen(ARGON2ID_DEFAULT, ARGON2ID_DEFAULT)).toBe(false);
    // Never towards PBKDF2 from Argon2id, and never to a KDF below the floor.
    expect(shouldStrengthen(ARGON2ID_DEFAULT, PBKDF2_DEFAULT)).toBe(false);
    expect(shouldStrengthen(weakPbkdf2, weakArgon)).toBe(false);
  });
});

// Another tab turns the lock on or off while this tab's connection is open under the old state,
// and its news has not come yet: a record written here follows the state as stored. Under a
// lock turned on it is refused (no key here) rather than stored plain; after the lock is
// turned off it is stored plain rather than sealed with a key that is gone. The same for a
// draft (autosaved as the user types) and the coach's name for a client.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renameClient } from '../../../src/db/clients';
import { type ClientRow, createDatabase, type KoersDexie } from '../../../src/db/database';
import { putDraft } from '../../../src/db/draft-sealing';
import { turnLockOff, turnLockOn } from '../../../src/db/lock-control';
import { lockModeOf, setLockMode } from '../../../src/db/lock-session';
import { Repository } from '../../../src/db/repository';
import { isSealed } from '../../../src/lock/envelope';
import { isLockError } from '../../../src/lock/errors';
import type { PassphraseKdf } from '../../../src/lock/kdf';
import { keyHolder } from '../../../src/lock/key-holder';
import { setUpLock } from '../../../src/lock/setup';
import { freshDatabase, OWNER } from './helpers';

const fast: PassphraseKdf = { name: 'argon2id', memoryKiB: 64, iterations: 1, parallelism: 1 };
const t0 = new Date('2026-11-02T08:00:00.000Z');
const MARKER = 'zq7-MARKER-andere-tab';

let db: KoersDexie;
/** The other tab's connection to the same database, and its repository. */
let other: KoersDexie;
let otherDiary: Repository<'diaryEntries'>;

beforeEach(async () => {
  db = freshDatabase();
  await db.open();
  other = createDatabase(db.name);
  await other.open();
  otherDiary = new Repository('diaryEntries', () => other);
});
afterEach(async () => {
  keyHolder.lock();
  other.close();
  await db.delete();
});

const CLIENT: ClientRow = {
  id: OWNER,
  displayName: 'Sanne',
  firstImportAt: t0.toISOString(),
  lastImportAt: t0.toISOString(),
  lastBundleAt: t0.toISOString(),
};
const draft = { key: 'diary:new', value: { situation: MARKER }, savedAt: t0.toISOString() };

/** The kind of LockError `write` fails with, or `stored` when it succeeds. */
async function outcomeOf(write: () => Promise<unknown>): Promise<string> {
  try {
    await write();
    return 'stored';
  } catch (error) {
    return isLockError(error) ? error.kind : String(error);
  }
}

async function turnOn() {
  const lock = await setUpLock('lantaarn molen zeven', fast);
  await turnLockOn({ key: lock.key, wrappers: [lock.passphraseWrapper, lock.recoveryWrapper] });
}

describe('a write in a tab that has not heard of a turn yet', () => {
  it('is refused, not stored plain, once the lock is on', async () => {
    expect(lockModeOf(other)).toBe('off');
    await turnOn();
    // The tab that turned the lock on holds the key; the other one has none of its own. In
    // one process the key holder is shared, so drop it: the other tab is locked.
    keyHolder.lock();
    let failure = 'stored';
    try {
      await otherDiary.create(OWNER, { occurredAt: t0.toISOString(), situation: MARKER }, t0);
    } catch (error) {
      failure = isLockError(error) ? error.kind : String(error);
    }
    expect(failure).toBe('locked');
    expect(lockModeOf(other)).toBe('on');
    const rows = await db.diaryEntries.toArray();
    expect(JSON.stringify(rows)).not.toContain(MARKER);
  });

  it('as a draft or a client name, is refused once the lock is on', async () => {
    await turnOn();
    keyHolder.lock();
    // A row still plain (as the turn's batch for clients has not reached it): only the lock
    // state read in the rename's transaction keeps the new name from being stored plain.
    await db.clients.add(CLIENT);
    expect(await outcomeOf(() => putDraft(other, draft))).toBe('locked');
    // The news is heard by then; a fresh tab's view for the client name.
    const third = createDatabase(db.name);
    await third.open();
    setLockMode(third, 'off');
    expect(await outcomeOf(() => renameClient(OWNER, MARKER, third))).toBe('locked');
    third.close();
    const stored = [await db.drafts.toArray(), await db.clients.toArray()];
    expect(JSON.stringify(stored)).not.toContain(MARKER);
  });

  it('as a draft or a client name, is stored plain once the lock is off', async () => {
    await db.clients.add(CLIENT);
    await turnOn();
    other.close();
    await other.open();
    await turnLockOff();
    keyHolder.lock();
    expect(lockModeOf(other)).toBe('on');
    expect(await outcomeOf(() => putDraft(other, draft))).toBe('stored');
    expect(lockModeOf(other)).toBe('off');
    setLockMode(other, 'on');
    expect(await outcomeOf(() => renameClient(OWNER, MARKER, other))).toBe('stored');
    expect(await db.drafts.get(draft.key)).toEqual(draft);
    expect(await db.clients.get(OWNER)).toEqual({ ...CLIENT, alias: MARKER });
  });

  it('is stored plain, not sealed with a deleted key, once the lock is off', async () => {
    await turnOn();
    // The other tab opened under the lock, unlocked (the key holder is shared here).
    other.close();
    await other.open();
    expect(lockModeOf(other)).toBe('on');
    await turnLockOff();
    keyHolder.lock();
    expect(await db.lockKeys.count()).toBe(0);
    const written = await otherDiary.create(
      OWNER,
      { occurredAt: t0.toISOString(), situation: MARKER },
      t0,
    );
    const row = await db.diaryEntries.get(written.id);
    expect(isSealed(row as object)).toBe(false);
    expect(row).toMatchObject({ situation: MARKER });
    expect(lockModeOf(other)).toBe('off');
  });
});

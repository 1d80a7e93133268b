// The service worker's reminder: one notification per reminder moment, only when asked for,
// only on the day of the moment, in the chosen language, never with diary text, and not when
// the client wrote a diary form of their own since the moment or put the nudge away.
import { createStore, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDatabase, type KoersDexie } from '../../../src/db/database';
import { DATABASE_NAME } from '../../../src/db/database-name';
import { APP_DATABASE, remindIfDue } from '../../../src/sw/reminder';

const showNotification = vi.fn(async () => undefined);
const store = createStore('koers-settings', 'settings');

beforeEach(async () => {
  showNotification.mockClear();
  vi.stubGlobal('self', {
    registration: { showNotification },
    navigator: { language: 'en-GB' },
  });
  await set('reminder-notified-at', undefined, store);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

// Wednesday 2 December 2026, local time.
const at = (h: number, m: number) => new Date(2026, 11, 2, h, m);

describe('remindIfDue', () => {
  it('notifies once per moment, in the chosen language', async () => {
    await set(
      'settings',
      { reminder: { days: [3], times: ['08:00', '19:30'] }, reminderNotify: true, language: 'nl' },
      store,
    );
    expect(await remindIfDue(at(19, 40))).toBe(true);
    expect(showNotification).toHaveBeenCalledWith('Tijd voor je Koers-dagboek', {
      tag: 'koers-diary-reminder',
      data: { url: '/diary/new' },
    });
    expect(await remindIfDue(at(20, 10))).toBe(false);
    expect(showNotification).toHaveBeenCalledTimes(1);
  });

  it('notifies again for the next moment of the same day', async () => {
    await set(
      'settings',
      { reminder: { days: [3], times: ['08:00', '19:30'] }, reminderNotify: true },
      store,
    );
    expect(await remindIfDue(at(9, 0))).toBe(true);
    expect(await remindIfDue(at(12, 0))).toBe(false);
    expect(await remindIfDue(at(19, 31))).toBe(true);
    expect(showNotification).toHaveBeenCalledTimes(2);
    expect(showNotification).toHaveBeenLastCalledWith(
      'Time for your Koers diary',
      expect.anything(),
    );
  });

  it('stays quiet when notifications were not asked for, before the first moment, or on another day', async () => {
    await set('settings', { reminder: { days: [3], times: ['19:30'] } }, store);
    expect(await remindIfDue(at(20, 0))).toBe(false);
    await set(
      'settings',
      { reminder: { days: [3], times: ['19:30'] }, reminderNotify: true },
      store,
    );
    expect(await remindIfDue(at(7, 0))).toBe(false);
    expect(await remindIfDue(new Date(2026, 11, 3, 9, 0))).toBe(false);
    await set('settings', { reminder: 'garbage', reminderNotify: true }, store);
    expect(await remindIfDue(at(20, 0))).toBe(false);
    expect(showNotification).not.toHaveBeenCalled();
  });
});

describe('remindIfDue beside the diary', () => {
  const PROFILE = '9a1f4b6e-2c3d-4e5f-8a9b-0c1d2e3f4a5b';
  const OTHER = '00000000-0000-4000-8000-0000000000c2';
  let db: KoersDexie;
  const entry = (n: number, updatedAt: Date, extra: Record<string, unknown> = {}) => ({
    id: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
    ownerId: PROFILE,
    createdAt: updatedAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
    occurredAt: updatedAt.toISOString(),
    rev: 1,
    situation: 'written',
    ...extra,
  });
  const plan = {
    reminder: { days: [3], times: ['19:30'] },
    reminderNotify: true,
    profileId: PROFILE,
  };

  beforeEach(async () => {
    db = createDatabase(APP_DATABASE);
    await db.open();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('is the app’s database name', () => {
    expect(APP_DATABASE).toBe(DATABASE_NAME);
  });

  it('stays quiet once the client wrote a diary form of their own after the moment', async () => {
    await set('settings', plan, store);
    await db.diaryEntries.bulkPut([entry(1, at(19, 45))] as never);
    db.close();
    expect(await remindIfDue(at(20, 10))).toBe(false);
    expect(showNotification).not.toHaveBeenCalled();
  });

  it('still reminds when only older forms, deleted ones, example data or another owner’s changed', async () => {
    await set('settings', plan, store);
    await db.diaryEntries.bulkPut([
      entry(1, at(19, 0)),
      entry(2, at(19, 45), { deletedAt: at(19, 45).toISOString() }),
      entry(3, at(19, 46), { example: true }),
      entry(4, at(19, 47), { ownerId: OTHER }),
    ] as never);
    db.close();
    expect(await remindIfDue(at(20, 10))).toBe(true);
  });

  it('stays quiet once the nudge on Today was put away after the moment', async () => {
    await set('settings', { ...plan, reminderNudgeDismissedAt: at(19, 50).toISOString() }, store);
    db.close();
    expect(await remindIfDue(at(20, 10))).toBe(false);
  });
});

describe('remindIfDue on a device without the app’s database', () => {
  it('reminds, and does not create the database', async () => {
    await set(
      'settings',
      { reminder: { days: [3], times: ['19:30'] }, reminderNotify: true, profileId: 'p' },
      store,
    );
    expect(await remindIfDue(at(20, 10))).toBe(true);
    const names = (await indexedDB.databases()).map((db) => db.name);
    expect(names).not.toContain(APP_DATABASE);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KoersDexie } from '../../../src/db/database';
import { Repository } from '../../../src/db/repository';
import { onSaved } from '../../../src/db/save-events';
import { AppError } from '../../../src/domain/errors';
import { freshDatabase, OWNER } from './helpers';

let db: KoersDexie;
const diary = new Repository('diaryEntries');
const t0 = new Date('2026-11-02T08:00:00.000Z');
const t1 = new Date('2026-11-02T09:30:00.000Z');

beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

describe('Repository', () => {
  it('creates a record with a UUID, the owner, timestamps and rev 1', async () => {
    const entry = await diary.create(
      OWNER,
      { occurredAt: t0.toISOString(), situation: 'Overleg met de teamleider' },
      t0,
    );
    expect(entry.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(entry).toMatchObject({
      ownerId: OWNER,
      createdAt: t0.toISOString(),
      updatedAt: t0.toISOString(),
      rev: 1,
    });
    expect(await db.diaryEntries.get(entry.id)).toEqual(entry);
  });

  it('prepares a record in memory and stores it later as its first version, once', async () => {
    const prepared = diary.prepare(
      OWNER,
      { occurredAt: t0.toISOString(), situation: 'Nog niets' },
      t0,
    );
    expect(prepared).toMatchObject({ ownerId: OWNER, createdAt: t0.toISOString(), rev: 1 });
    expect(await db.diaryEntries.count()).toBe(0);

    expect(await diary.store(prepared)).toEqual(prepared);
    expect(await db.diaryEntries.get(prepared.id)).toEqual(prepared);
    // A second store of the same record is refused, and the first stays as it was.
    await expect(diary.store({ ...prepared, situation: 'Anders' })).rejects.toBeInstanceOf(
      AppError,
    );
    expect(await db.diaryEntries.get(prepared.id)).toEqual(prepared);
  });

  it('refuses to prepare an invalid record', () => {
    expect(() => diary.prepare(OWNER, { occurredAt: t0.toISOString(), situation: '' })).toThrow(
      AppError,
    );
  });

  it('refuses an invalid record with invalid-data and writes nothing', async () => {
    await expect(
      diary.create(OWNER, { occurredAt: t0.toISOString(), situation: '' }),
    ).rejects.toMatchObject({ kind: 'invalid-data' });
    expect(await db.diaryEntries.count()).toBe(0);
  });

  it('updates in place: rev + 1, new updatedAt, createdAt kept', async () => {
    const entry = await diary.create(OWNER, { occurredAt: t0.toISOString(), situation: 'A' }, t0);
    const updated = await diary.update(entry.id, { situation: 'B', feelingIntensity: 7 }, t1);
    expect(updated).toMatchObject({
      situation: 'B',
      feelingIntensity: 7,
      rev: 2,
      createdAt: t0.toISOString(),
      updatedAt: t1.toISOString(),
    });
  });

  it('leaves the stored record untouched when an update is invalid', async () => {
    const entry = await diary.create(OWNER, { occurredAt: t0.toISOString(), situation: 'A' }, t0);
    await expect(diary.update(entry.id, { feelingIntensity: 11 })).rejects.toBeInstanceOf(AppError);
    expect(await db.diaryEntries.get(entry.id)).toEqual(entry);
  });

  it('says not-found for an unknown id', async () => {
    await expect(
      diary.update('0b7d3b52-4a0e-4c69-9f5e-6f3c8d9a1b20', { situation: 'x' }),
    ).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('deletes by tombstone and restores, each a new revision', async () => {
    const entry = await diary.create(OWNER, { occurredAt: t0.toISOString(), situation: 'A' }, t0);
    const removed = await diary.remove(entry.id, t1);
    expect(removed.deletedAt).toBe(t1.toISOString());
    expect(removed.rev).toBe(2);
    const restored = await diary.restore(entry.id, t1);
    expect(restored.deletedAt).toBeUndefined();
    expect('deletedAt' in restored).toBe(false);
    expect(restored.rev).toBe(3);
    expect(restored.situation).toBe('A');
  });

  it('tells listeners after a committed write, not after a refused one', async () => {
    let saves = 0;
    const stop = onSaved(() => {
      saves += 1;
    });
    await diary.create(OWNER, { occurredAt: t0.toISOString(), situation: 'A' });
    await diary.create(OWNER, { occurredAt: t0.toISOString(), situation: '' }).catch(() => {});
    stop();
    expect(saves).toBe(1);
  });
});

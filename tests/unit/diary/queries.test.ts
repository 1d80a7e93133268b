// The diary's reads against a real (fake) IndexedDB: the timeline page through the index,
// tombstones hidden, other owners left out, and links listed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, setDatabase } from '../../../src/db/database';
import {
  diaryRepository,
  linkableThemes,
  timelinePage,
} from '../../../src/features/diary/diary-queries';

const owner = '66666666-6666-4666-8666-666666666666';
const other = '77777777-7777-4777-8777-777777777777';
let counter = 0;

beforeEach(() => {
  counter += 1;
  setDatabase(createDatabase(`diary-test-${counter}`));
});
afterEach(() => setDatabase(undefined));

const at = (day: number) => new Date(Date.UTC(2026, 2, day, 9)).toISOString();

describe('timelinePage', () => {
  it('pages newest first and says whether older entries exist', async () => {
    for (const day of [3, 1, 5, 2, 4]) {
      await diaryRepository.create(owner, { occurredAt: at(day), situation: `Dag ${day}` });
    }
    const first = await timelinePage(owner, 2);
    expect(first.entries.map((entry) => entry.situation)).toEqual(['Dag 5', 'Dag 4']);
    expect(first.more).toBe(true);
    const all = await timelinePage(owner, 5);
    expect(all.entries.map((entry) => entry.situation)).toEqual([
      'Dag 5',
      'Dag 4',
      'Dag 3',
      'Dag 2',
      'Dag 1',
    ]);
    expect(all.more).toBe(false);
  });

  it('shows entries of the same moment in the order they were written, newest first', async () => {
    const written: string[] = [];
    for (let i = 0; i < 6; i++) {
      const created = new Date(Date.UTC(2026, 2, 9, 10, 0, i));
      const record = await diaryRepository.create(
        owner,
        { occurredAt: at(9), situation: `Zelfde minuut ${i}` },
        created,
      );
      written.push(record.situation);
    }
    const page = await timelinePage(owner, 10);
    expect(page.entries.map((entry) => entry.situation)).toEqual(written.reverse());
  });

  it('hides tombstones until undone, and other owners entirely', async () => {
    const kept = await diaryRepository.create(owner, { occurredAt: at(1), situation: 'Blijft' });
    const gone = await diaryRepository.create(owner, { occurredAt: at(2), situation: 'Weg' });
    await diaryRepository.create(other, { occurredAt: at(3), situation: 'Van een ander' });
    await diaryRepository.remove(gone.id);
    expect((await timelinePage(owner, 10)).entries.map((entry) => entry.id)).toEqual([kept.id]);
    const tombstone = await diaryRepository.get(gone.id);
    expect(tombstone?.deletedAt).toBeDefined();
    expect(tombstone?.rev).toBe(2);
    await diaryRepository.restore(gone.id);
    expect((await timelinePage(owner, 10)).entries.map((entry) => entry.id)).toEqual([
      gone.id,
      kept.id,
    ]);
  });

  it('refuses an entry without a situation or with a number out of range', async () => {
    // The repository validates before it writes, so creating throws at once.
    const create = (fields: Parameters<typeof diaryRepository.create>[1]) => async () =>
      diaryRepository.create(owner, fields);
    await expect(create({ occurredAt: at(1), situation: '' })).rejects.toMatchObject({
      kind: 'invalid-data',
    });
    await expect(
      create({ occurredAt: at(1), situation: 'x', feelingIntensity: 11 }),
    ).rejects.toMatchObject({ kind: 'invalid-data' });
    expect((await timelinePage(owner, 10)).entries).toEqual([]);
  });

  it('clears a field on edit when it is given as undefined', async () => {
    const created = await diaryRepository.create(owner, {
      occurredAt: at(1),
      situation: 'x',
      thinking: 'weg ermee',
    });
    const updated = await diaryRepository.update(created.id, { thinking: undefined });
    expect(updated.thinking).toBeUndefined();
    expect('thinking' in updated).toBe(false);
  });
});

describe('linkableThemes', () => {
  it('is empty before any theme exists', async () => {
    expect(await linkableThemes(owner)).toEqual([]);
  });
});

// Home's count of the client's own entries, for the lock invitation: diary forms and focusing
// sessions together, deleted ones and example data left out, another owner's never counted,
// and the count stops at three (the rule needs no more).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KoersDexie } from '../../../src/db/database';
import { loadHomeSummary } from '../../../src/features/home/summary';
import { freshDatabase, OWNER } from '../db/helpers';

const OTHER = '00000000-0000-4000-8000-0000000000c2';
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const at = (d: number) => new Date(2026, 10, d, 9).toISOString();
const base = (n: number, ownerId = OWNER) => ({
  id: uuid(n),
  ownerId,
  createdAt: at(n),
  updatedAt: at(n),
  occurredAt: at(n),
  rev: 1,
});

let db: KoersDexie;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

describe('the own entries of home’s summary', () => {
  it('is 0 with nothing stored', async () => {
    expect((await loadHomeSummary(OWNER)).ownEntries).toBe(0);
  });

  it('counts 2 from one diary form and one session, leaving out the rest', async () => {
    await db.diaryEntries.bulkPut([
      { ...base(1), situation: 'mine' },
      { ...base(2), situation: 'gone', deletedAt: at(3) },
      { ...base(3), situation: 'example', example: true },
      { ...base(4, OTHER), situation: 'someone else' },
    ] as never);
    await db.focusingSessions.bulkPut([
      { ...base(10), status: 'done' },
      { ...base(11), status: 'done', example: true },
      { ...base(12, OTHER), status: 'done' },
    ] as never);
    expect((await loadHomeSummary(OWNER)).ownEntries).toBe(2);
  });

  it('reaches 3 with a third entry, and stops there', async () => {
    await db.diaryEntries.bulkPut([
      { ...base(1), situation: 'one' },
      { ...base(2), situation: 'two' },
    ] as never);
    await db.focusingSessions.bulkPut([{ ...base(10), status: 'in-progress' }] as never);
    expect((await loadHomeSummary(OWNER)).ownEntries).toBe(3);
    await db.diaryEntries.bulkPut([
      { ...base(5), situation: 'four' },
      { ...base(6), situation: 'five' },
    ] as never);
    expect((await loadHomeSummary(OWNER)).ownEntries).toBe(3);
  });
});

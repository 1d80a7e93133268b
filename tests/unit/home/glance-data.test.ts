// The reads behind home at a glance, on a real (fake-indexeddb) database: only the owner's live
// records in the weeks shown, and exactly the open work (a coach's assignment still running, an
// unfinished session, a self-investigation with ratings to give, diary drafts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KoersDexie } from '../../../src/db/database';
import type { DayKey } from '../../../src/domain/dates';
import { defaultAffectList } from '../../../src/domain/zkm/default-affect-list';
import { loadGlance } from '../../../src/features/home/glance-data';
import { freshDatabase, OWNER } from '../db/helpers';

const COACH = '00000000-0000-4000-8000-0000000000c0';
const OTHER = '00000000-0000-4000-8000-0000000000c2';
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const today = '2026-12-03' as DayKey;
const local = (m: number, d: number, h: number) => new Date(2026, m - 1, d, h).toISOString();
const base = (n: number, ownerId = OWNER) => ({
  id: uuid(n),
  ownerId,
  createdAt: local(11, 1, 9),
  updatedAt: local(11, 1, 9),
  rev: 1,
});

let db: KoersDexie;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

describe('loadGlance', () => {
  it('reads the owner’s live forms of the weeks shown and the open work', async () => {
    await db.diaryEntries.bulkPut([
      { ...base(1), occurredAt: local(12, 1, 9), situation: 'a', feelingIntensity: 6 },
      { ...base(2), occurredAt: local(11, 2, 9), situation: 'b' },
      { ...base(3), occurredAt: local(12, 2, 9), situation: 'gone', deletedAt: local(12, 2, 10) },
      { ...base(4, OTHER), occurredAt: local(12, 2, 9), situation: 'someone else' },
      // Seven weeks back: before the trend's first week, not read.
      { ...base(5), occurredAt: local(10, 15, 9), situation: 'old' },
    ] as never);
    await db.focusingSessions.bulkPut([
      { ...base(10), occurredAt: local(12, 2, 8), status: 'done' },
      { ...base(11), occurredAt: local(11, 20, 8), status: 'in-progress' },
      {
        ...base(12),
        occurredAt: local(11, 21, 8),
        status: 'in-progress',
        deletedAt: local(11, 22, 8),
      },
    ] as never);
    await db.investigations.bulkPut([
      {
        ...base(20),
        startedAt: local(11, 10, 9),
        affectList: defaultAffectList,
        generalFeeling: {},
        idealFeeling: {},
      },
      {
        ...base(21),
        startedAt: local(9, 10, 9),
        completedAt: local(9, 20, 9),
        affectList: defaultAffectList,
        generalFeeling: {},
        idealFeeling: {},
      },
    ] as never);
    const four = Object.fromEntries(defaultAffectList.terms.slice(0, 4).map((t) => [t.id, 3]));
    await db.valuations.bulkPut([
      { ...base(30), investigationId: uuid(20), ratings: four },
    ] as never);
    await db.assignments.bulkPut([
      { ...base(40, COACH), clientId: OWNER, title: 'Write on three workdays' },
      { ...base(41, COACH), clientId: OWNER, title: 'Ended', endsOn: '2026-12-02' },
      { ...base(42), clientId: OWNER, title: 'My own' },
    ] as never);
    await db.drafts.bulkPut([
      { key: 'diary:new', value: { situation: 'half' }, savedAt: local(12, 3, 8) },
      { key: `diary:edit:${uuid(1)}`, value: {}, savedAt: local(12, 3, 7) },
      { key: 'settings:display-name', value: 'x', savedAt: local(12, 3, 7) },
    ]);

    const glance = await loadGlance(OWNER, today);
    expect(glance.diary.map((d) => d.occurredAt).sort()).toEqual(
      [local(11, 2, 9), local(12, 1, 9)].sort(),
    );
    expect(glance.sessions.map((s) => s.occurredAt)).toEqual([local(12, 2, 8)]);
    expect(glance.open).toEqual([
      { kind: 'assignment', id: uuid(40), title: 'Write on three workdays', endsOn: undefined },
      { kind: 'focusing', id: uuid(11), occurredAt: local(11, 20, 8) },
      // Three things to rate (one valuation, general and ideal feeling) × 16 terms, 4 given.
      { kind: 'investigation', id: uuid(20), startedAt: local(11, 10, 9), toRate: 44 },
      { kind: 'draft', target: { kind: 'edit', id: uuid(1) }, savedAt: local(12, 3, 7) },
      { kind: 'draft', target: { kind: 'new' }, savedAt: local(12, 3, 8) },
    ]);
  });

  it('has nothing open and nothing to show on an empty device', async () => {
    expect(await loadGlance(OWNER, today)).toEqual({ diary: [], sessions: [], open: [] });
  });
});

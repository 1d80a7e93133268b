// Folding a written entry into the cached first page: by hand, and against the database's own
// order for random pages and writes (the fold either gives exactly what the query would, or
// says it cannot tell).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  foldIntoPage,
  isNewerInTimeline,
  type TimelinePage,
} from '../../../src/domain/diary/first-page';
import type { DiaryEntryRecord } from '../../../src/domain/records';
import { entry } from './fixtures';

const at = (hour: number) => `2026-03-01T${String(hour).padStart(2, '0')}:00:00.000Z`;
const ids = (page: TimelinePage | undefined) =>
  page?.entries.map((item) => item.situation).join(' ');

describe('foldIntoPage', () => {
  const e9 = entry({ occurredAt: at(9), situation: 'e9' });
  const e7 = entry({ occurredAt: at(7), situation: 'e7' });
  const e5 = entry({ occurredAt: at(5), situation: 'e5' });

  it('puts a new entry at its place and drops the oldest from a full page', () => {
    const page = { entries: [e9, e7, e5], more: false };
    const e8 = entry({ occurredAt: at(8), situation: 'e8' });
    expect(ids(foldIntoPage(page, e8, 3))).toBe('e9 e8 e7');
    expect(foldIntoPage(page, e8, 3)?.more).toBe(true);
    expect(ids(foldIntoPage(page, e8, 5))).toBe('e9 e8 e7 e5');
    expect(foldIntoPage(page, e8, 5)?.more).toBe(false);
  });

  it('leaves a full page alone for an entry older than all of it', () => {
    const e1 = entry({ occurredAt: at(1), situation: 'e1' });
    const page = { entries: [e9, e7, e5], more: false };
    expect(foldIntoPage(page, e1, 3)).toEqual({ entries: [e9, e7, e5], more: true });
  });

  it('moves an edited entry, and cannot tell when it leaves a page with older entries', () => {
    const page = { entries: [e9, e7, e5], more: true };
    const e7later = { ...e7, occurredAt: at(10), rev: 2 };
    expect(ids(foldIntoPage(page, e7later, 3))).toBe('e7 e9 e5');
    const e9earlier = { ...e9, occurredAt: at(1), rev: 2 };
    expect(foldIntoPage(page, e9earlier, 3)).toBeUndefined();
  });

  it('takes a deleted entry out; a gap in a page with older entries is left to the database', () => {
    const deleted = { ...e7, deletedAt: at(12), rev: 2 };
    expect(ids(foldIntoPage({ entries: [e9, e7, e5], more: false }, deleted, 3))).toBe('e9 e5');
    expect(foldIntoPage({ entries: [e9, e7, e5], more: true }, deleted, 3)).toBeUndefined();
  });

  it('orders equal moments the one written later first', () => {
    const first = entry({
      occurredAt: at(6),
      createdAt: at(7),
      id: '00000000-0000-4000-8000-0000000000ff',
    });
    const second = entry({
      occurredAt: at(6),
      createdAt: at(8),
      id: '00000000-0000-4000-8000-000000000001',
    });
    expect(isNewerInTimeline(second, first)).toBe(true);
    expect(ids(foldIntoPage({ entries: [first], more: false }, second, 3))).toBe(
      `${second.situation} ${first.situation}`,
    );
  });

  it('orders equal moments written at once by id, descending', () => {
    const a = entry({ occurredAt: at(6), id: '00000000-0000-4000-8000-00000000000a' });
    const b = entry({ occurredAt: at(6), id: '00000000-0000-4000-8000-00000000000b' });
    expect(isNewerInTimeline(b, a)).toBe(true);
    expect(isNewerInTimeline(a, b)).toBe(false);
    expect(foldIntoPage({ entries: [a], more: false }, b, 3)?.entries).toEqual([b, a]);
  });
});

// The database's answer: live entries, newest first, the first `limit`, and whether more exist.
function query(all: readonly DiaryEntryRecord[], limit: number): TimelinePage {
  const live = all
    .filter((item) => !item.deletedAt)
    .sort((a, b) => (isNewerInTimeline(a, b) ? -1 : isNewerInTimeline(b, a) ? 1 : 0));
  return { entries: live.slice(0, limit), more: live.length > limit };
}

describe('foldIntoPage against the query', () => {
  it('gives what the query gives after the write, or undefined', () => {
    const hour = fc.integer({ min: 0, max: 23 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ hour, deleted: fc.boolean() }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 6 }),
        fc.record({
          target: fc.nat(),
          hour,
          kind: fc.constantFrom('new', 'edit', 'delete', 'restore'),
        }),
        (seeds, limit, write) => {
          const all = seeds.map((seed) =>
            entry({ occurredAt: at(seed.hour), ...(seed.deleted ? { deletedAt: at(23) } : {}) }),
          );
          const page = query(all, limit);
          const target = all[write.target % Math.max(all.length, 1)];
          let written: DiaryEntryRecord;
          if (write.kind === 'new' || !target) written = entry({ occurredAt: at(write.hour) });
          else if (write.kind === 'edit')
            written = { ...target, occurredAt: at(write.hour), rev: 2 };
          else if (write.kind === 'delete') written = { ...target, deletedAt: at(23), rev: 2 };
          else {
            const { deletedAt: _, ...rest } = target;
            written = { ...rest, rev: 2 };
          }
          const after = [...all.filter((item) => item.id !== written.id), written];
          const folded = foldIntoPage(page, written, limit);
          if (folded !== undefined) expect(folded).toEqual(query(after, limit));
        },
      ),
      { numRuns: 500 },
    );
  });
});

// The search index keeps its entries sorted by moving only what changed: after any sequence of
// inserts and removals the list equals a full sort, and removing what is absent changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareNewestFirst,
  type IndexedEntry,
  indexEntry,
  insertSorted,
  removeSorted,
} from '../../../src/domain/diary/indexed-entry';
import { entry } from './fixtures';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 8, minute)).toISOString();

describe('insertSorted and removeSorted', () => {
  it('place by moment, newest first, and equal moments by id descending', () => {
    const a = indexEntry(entry({ occurredAt: at(5) }));
    const b = indexEntry(entry({ occurredAt: at(9) }));
    const c = indexEntry(entry({ occurredAt: at(5) }));
    const sorted: IndexedEntry[] = [];
    for (const item of [a, b, c]) insertSorted(sorted, item);
    expect(sorted).toEqual([b, c, a]);
    expect(removeSorted(sorted, c)).toBe(true);
    expect(sorted).toEqual([b, a]);
    expect(removeSorted(sorted, c)).toBe(false);
    expect(sorted).toEqual([b, a]);
  });

  it('equal a full sort after any sequence of changes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ minute: fc.integer({ min: 0, max: 30 }), remove: fc.nat() }), {
          maxLength: 60,
        }),
        (steps) => {
          const sorted: IndexedEntry[] = [];
          const present: IndexedEntry[] = [];
          for (const step of steps) {
            const item = indexEntry(entry({ occurredAt: at(step.minute) }));
            insertSorted(sorted, item);
            present.push(item);
            // Every other step also takes one present entry out again.
            if (step.remove % 2 === 0) {
              const [gone] = present.splice(step.remove % present.length, 1);
              if (gone) expect(removeSorted(sorted, gone)).toBe(true);
            }
          }
          expect(sorted).toEqual([...present].sort(compareNewestFirst));
        },
      ),
      { numRuns: 300 },
    );
  });
});

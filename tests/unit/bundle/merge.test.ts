// Merge rules: higher rev wins, then later updatedAt; idempotent and order-independent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BundleRecords, emptyRecords } from '../../../src/bundle/format';
import { planMerge, recordsToWrite, summarizePlan } from '../../../src/bundle/merge';
import type { RecordBase, RecordType } from '../../../src/domain/records/index';
import { recordTypes } from '../../../src/domain/records/index';
import { valuation } from './helpers';

type Store = Map<string, RecordBase>;
const key = (t: RecordType, id: string) => `${t}/${id}`;

/** Applies a plan to an in-memory store, as the db layer will in one transaction. */
function importInto(store: Store, records: Partial<BundleRecords>): Store {
  const plan = planMerge(records, (t, id) => store.get(key(t, id)));
  const next = new Map(store);
  const writes = recordsToWrite(plan);
  for (const t of recordTypes) for (const r of writes[t] as RecordBase[]) next.set(key(t, r.id), r);
  return next;
}

const ids = ['1', '2', '3'].map((n) => `0b7d3b52-4a0e-4c69-9f5e-6f3c8d9a1b2${n}`);

/** Versions of a few valuations that collide on id, rev and time, to exercise every rule. */
const versionArb = fc
  .record({
    id: fc.constantFrom(...ids),
    rev: fc.integer({ min: 1, max: 3 }),
    minute: fc.integer({ min: 0, max: 2 }),
    text: fc.constantFrom('a', 'b'),
    deleted: fc.boolean(),
  })
  .map(
    ({ id, rev, minute, text, deleted }) =>
      valuation(1, {
        id,
        rev,
        text,
        updatedAt: `2026-11-02T08:0${minute}:00.000Z`,
        ...(deleted ? { deletedAt: `2026-11-02T08:0${minute}:00.000Z` } : {}),
      }) as unknown as RecordBase,
  );
const bundleArb = fc.array(versionArb, { maxLength: 6 }).map((vs) => {
  const r = emptyRecords();
  r.valuations = vs as unknown as BundleRecords['valuations'];
  return r;
});

describe('planMerge', () => {
  it('sorts records into added, updated, deleted, unchanged and skipped', () => {
    const held = valuation(1, { rev: 2 }) as unknown as RecordBase;
    const store: Store = new Map([[key('valuations', held.id), held]]);
    const incoming = emptyRecords();
    incoming.valuations = [
      valuation(1, { rev: 1, text: 'older' }),
      valuation(2),
      valuation(3, { deletedAt: '2026-11-03T00:00:00.000Z' }),
    ] as BundleRecords['valuations'];
    const plan = planMerge(incoming, (t, id) => store.get(key(t, id)));
    expect(summarizePlan(plan)).toEqual({
      added: 1,
      updated: 0,
      deleted: 1,
      unchanged: 0,
      skipped: 1,
    });
    const same = planMerge({ valuations: [held] as BundleRecords['valuations'] }, (t, id) =>
      store.get(key(t, id)),
    );
    expect(summarizePlan(same).unchanged).toBe(1);
    const later = valuation(1, { rev: 2, updatedAt: '2026-11-05T00:00:00.000Z', text: 'new' });
    const upd = planMerge({ valuations: [later] as BundleRecords['valuations'] }, (t, id) =>
      store.get(key(t, id)),
    );
    expect(summarizePlan(upd).updated).toBe(1);
    const earlier = valuation(1, { rev: 2, updatedAt: '2026-11-01T00:00:00.000Z', text: 'old' });
    const skip = planMerge({ valuations: [earlier] as BundleRecords['valuations'] }, (t, id) =>
      store.get(key(t, id)),
    );
    expect(summarizePlan(skip).skipped).toBe(1);
  });

  it('plans every registered record type', () => {
    expect(Object.keys(planMerge({}, () => undefined)).sort()).toEqual([...recordTypes].sort());
  });

  it('importing the same bundle twice: the second plan is all unchanged', () => {
    fc.assert(
      fc.property(bundleArb, bundleArb, (before, bundle) => {
        const store = importInto(new Map(), before);
        const once = importInto(store, bundle);
        const plan = planMerge(bundle, (t, id) => once.get(key(t, id)));
        const s = summarizePlan(plan);
        expect(s.added + s.updated + s.deleted).toBe(0);
        expect(importInto(once, bundle)).toEqual(once);
      }),
    );
  });

  it('the result does not depend on import order', () => {
    fc.assert(
      fc.property(bundleArb, bundleArb, bundleArb, (start, a, b) => {
        const s0 = importInto(new Map(), start);
        expect(importInto(importInto(s0, a), b)).toEqual(importInto(importInto(s0, b), a));
      }),
    );
  });

  it('an older bundle never overwrites newer data', () => {
    fc.assert(
      fc.property(bundleArb, bundleArb, (older, newer) => {
        const s = importInto(importInto(new Map(), older), newer);
        for (const r of newer.valuations as unknown as RecordBase[]) {
          const held = s.get(key('valuations', r.id));
          expect(held && held.rev >= r.rev).toBe(true);
        }
      }),
    );
  });
});

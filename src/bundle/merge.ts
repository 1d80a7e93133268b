// Merge planning: which incoming records are new, newer, the same, or older than what we hold.
import {
  type RecordBase,
  type RecordOf,
  type RecordType,
  recordTypes,
} from '../domain/records/index';
import { isLive } from '../domain/records/live';
import { recordsPerType } from '../domain/records/per-type';
import type { BundleRecords } from './format';

/** What happens to one incoming record. */
export type MergeOutcome = 'added' | 'updated' | 'deleted' | 'unchanged' | 'skipped';

/** The plan for one record type: incoming records sorted by outcome. */
export interface TypePlan<R> {
  /** New ids, not tombstones: written. */
  added: R[];
  /** Newer versions of records we hold (or an undelete): written. */
  updated: R[];
  /** Winning tombstones: written, replacing the record (also for ids we never had). */
  deleted: R[];
  /** Identical to what we hold: nothing to do. */
  unchanged: R[];
  /** Older than what we hold: ignored, so an old bundle never overwrites newer data. */
  skipped: R[];
}

/** The plan per record type. */
export type MergePlan = { [K in RecordType]: TypePlan<RecordOf<K>> };

/** Looks up the record we hold with this id, if any. */
export type ExistingLookup = (type: RecordType, id: string) => RecordBase | undefined;

/** JSON with object keys sorted, so equal records compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Orders two versions of one record: positive when `a` wins. Higher rev wins, then later
 * updatedAt; equal rev and time with different contents fall back to the canonical JSON so
 * every device picks the same winner whatever the import order.
 */
export function compareVersions(a: RecordBase, b: RecordBase): number {
  if (a.rev !== b.rev) return a.rev - b.rev;
  const ta = Date.parse(a.updatedAt);
  const tb = Date.parse(b.updatedAt);
  if (ta !== tb) return ta - tb;
  // Copies of one record usually keep their key order: equal plain JSON means equal canonical
  // JSON (same keys, same values), and JSON.stringify is far cheaper than canonicalJson.
  if (JSON.stringify(a) === JSON.stringify(b)) return 0;
  const ca = canonicalJson(a);
  const cb = canonicalJson(b);
  return ca === cb ? 0 : ca > cb ? 1 : -1;
}

/** An empty plan for one type. */
function emptyTypePlan<R>(): TypePlan<R> {
  return { added: [], updated: [], deleted: [], unchanged: [], skipped: [] };
}

/** Decides the outcome of one incoming record against what we hold. */
export function outcomeOf(incoming: RecordBase, existing: RecordBase | undefined): MergeOutcome {
  const order = existing === undefined ? 1 : compareVersions(incoming, existing);
  if (order === 0) return 'unchanged';
  if (order < 0) return 'skipped';
  if (!isLive(incoming)) return 'deleted';
  return existing === undefined ? 'added' : 'updated';
}

/** Plans the merge of incoming records (missing types count as empty) against a lookup. */
export function planMerge(incoming: Partial<BundleRecords>, lookup: ExistingLookup): MergePlan {
  const plan = {} as Record<RecordType, TypePlan<RecordBase>>;
  for (const type of recordTypes) {
    const typePlan = emptyTypePlan<RecordBase>();
    // Collapse repeated ids to their winner first, so a list's order cannot matter.
    const winners = new Map<string, RecordBase>();
    const losers: RecordBase[] = [];
    for (const r of (incoming[type] ?? []) as RecordBase[]) {
      const held = winners.get(r.id);
      if (held === undefined || compareVersions(r, held) > 0) {
        if (held !== undefined) losers.push(held);
        winners.set(r.id, r);
      } else {
        losers.push(r);
      }
    }
    typePlan.skipped.push(...losers);
    for (const r of winners.values()) typePlan[outcomeOf(r, lookup(type, r.id))].push(r);
    plan[type] = typePlan;
  }
  return plan as unknown as MergePlan;
}

/** The records a plan writes, per type: added, updated and deleted (tombstones). */
export function recordsToWrite(plan: MergePlan): BundleRecords {
  return recordsPerType((t) => {
    const p = plan[t];
    return [...p.added, ...p.updated, ...p.deleted];
  });
}

/** The number of records per outcome, summed over all types, for the import summary. */
export function summarizePlan(plan: MergePlan): Record<MergeOutcome, number> {
  const sum: Record<MergeOutcome, number> = {
    added: 0,
    updated: 0,
    deleted: 0,
    unchanged: 0,
    skipped: 0,
  };
  for (const t of recordTypes) {
    const p = plan[t] as TypePlan<RecordBase>;
    for (const k of Object.keys(sum) as MergeOutcome[]) sum[k] += p[k].length;
  }
  return sum;
}

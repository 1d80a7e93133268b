// "What changed since the previous import": read from the import log, which records per
// import the ids each record type gained, changed and lost.
import type { RecordType } from '../records';
import { recordTypes } from '../records/types';

/** The part of an import log row this module reads (the db row has more). */
export interface ImportLogEntry {
  id: string;
  clientId: string;
  importedAt: string;
  bundleCreatedAt: string;
  kind: string;
  added: Partial<Record<RecordType, string[]>>;
  updated: Partial<Record<RecordType, string[]>>;
  deleted: Partial<Record<RecordType, string[]>>;
}

/** How many records of one type an import added, updated and deleted. */
export interface TypeChange {
  type: RecordType;
  added: number;
  updated: number;
  deleted: number;
}

/** What one import changed, per record type (types it did not touch are left out). */
export interface ChangeSummary {
  importedAt: string;
  bundleCreatedAt: string;
  changes: TypeChange[];
  total: number;
}

/** The newest import of the client's own material (coach-return bundles are not theirs). */
export function latestImport<E extends ImportLogEntry>(entries: readonly E[]): E | undefined {
  let newest: E | undefined;
  for (const entry of entries) {
    if (entry.kind === 'coach-return') continue;
    if (!newest || entry.importedAt > newest.importedAt) newest = entry;
  }
  return newest;
}

/** Counts per record type of what `entry` brought, in the registry's order. */
export function summarizeChanges(entry: ImportLogEntry): ChangeSummary {
  const count = (ids: string[] | undefined) => new Set(ids ?? []).size;
  const changes = recordTypes
    .map((type) => ({
      type,
      added: count(entry.added[type]),
      updated: count(entry.updated[type]),
      deleted: count(entry.deleted[type]),
    }))
    .filter((change) => change.added + change.updated + change.deleted > 0);
  return {
    importedAt: entry.importedAt,
    bundleCreatedAt: entry.bundleCreatedAt,
    changes,
    total: changes.reduce((sum, c) => sum + c.added + c.updated + c.deleted, 0),
  };
}

/** Whether a record was new or updated by `entry`, for highlighting. */
export type Freshness = 'added' | 'updated';

/** A lookup of the records `entry` added or updated (an id added and updated counts as added). */
export function freshnessOf(entry: ImportLogEntry | undefined): Map<string, Freshness> {
  const fresh = new Map<string, Freshness>();
  if (!entry) return fresh;
  for (const type of recordTypes) {
    for (const id of entry.updated[type] ?? []) fresh.set(id, 'updated');
    for (const id of entry.added[type] ?? []) fresh.set(id, 'added');
  }
  return fresh;
}

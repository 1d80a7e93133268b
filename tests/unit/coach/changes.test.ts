import { describe, expect, it } from 'vitest';
import {
  freshnessOf,
  type ImportLogEntry,
  latestImport,
  summarizeChanges,
} from '../../../src/domain/coach/changes';
import { CLIENT, uuid } from './records';

const entry = (id: number, importedAt: string, fields: Partial<ImportLogEntry> = {}) => ({
  id: uuid(id),
  clientId: CLIENT,
  importedAt,
  bundleCreatedAt: importedAt,
  kind: 'client-export',
  added: {},
  updated: {},
  deleted: {},
  ...fields,
});

describe('latestImport', () => {
  it('picks the newest import of the client material, ignoring coach-return bundles', () => {
    const a = entry(1, '2026-03-01T10:00:00.000Z');
    const b = entry(2, '2026-03-05T10:00:00.000Z');
    const c = entry(3, '2026-03-09T10:00:00.000Z', { kind: 'coach-return' });
    expect(latestImport([a, c, b])?.id).toBe(b.id);
    expect(latestImport([])).toBeUndefined();
  });
});

describe('summarizeChanges', () => {
  it('counts distinct ids per type, leaves untouched types out, in registry order', () => {
    const summary = summarizeChanges(
      entry(1, '2026-03-01T10:00:00.000Z', {
        added: { focusingSessions: [uuid(5)], diaryEntries: [uuid(1), uuid(2), uuid(2)] },
        updated: { diaryEntries: [uuid(3)] },
        deleted: { themes: [uuid(4)] },
      }),
    );
    expect(summary.changes).toEqual([
      { type: 'diaryEntries', added: 2, updated: 1, deleted: 0 },
      { type: 'focusingSessions', added: 1, updated: 0, deleted: 0 },
      { type: 'themes', added: 0, updated: 0, deleted: 1 },
    ]);
    expect(summary.total).toBe(5);
  });

  it('says nothing changed for an import that brought nothing new', () => {
    expect(summarizeChanges(entry(1, '2026-03-01T10:00:00.000Z'))).toMatchObject({
      changes: [],
      total: 0,
    });
  });
});

describe('freshnessOf', () => {
  it('marks added and updated ids; an id both added and updated counts as added', () => {
    const fresh = freshnessOf(
      entry(1, '2026-03-01T10:00:00.000Z', {
        added: { diaryEntries: [uuid(1)] },
        updated: { diaryEntries: [uuid(1), uuid(2)] },
        deleted: { diaryEntries: [uuid(3)] },
      }),
    );
    expect(fresh.get(uuid(1))).toBe('added');
    expect(fresh.get(uuid(2))).toBe('updated');
    expect(fresh.has(uuid(3))).toBe(false);
    expect(freshnessOf(undefined).size).toBe(0);
  });
});

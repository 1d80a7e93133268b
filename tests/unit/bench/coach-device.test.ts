// The coach device's rows, checked by hand on a tiny dataset: private records never reach the
// coach, counts are of live records per client, the log names what the first import added
// and deleted, and names are distinct.
import { describe, expect, it } from 'vitest';
import {
  clientDisplayName,
  registrationRows,
  sharedOnly,
} from '../../../bench/generate/coach-device';
import type { Dataset } from '../../../bench/generate/dataset';

function record(id: string, ownerId: string, extra: Record<string, unknown> = {}) {
  return { id, ownerId, ...extra };
}

const empty: Dataset = {
  diaryEntries: [],
  investigations: [],
  valuations: [],
  affectLists: [],
  focusingSessions: [],
  themes: [],
  ownReports: [],
  coachNotes: [],
  assignments: [],
  questionSets: [],
  discussions: [],
  helpContacts: [],
};

const data = {
  ...empty,
  diaryEntries: [
    record('d1', 'a'),
    record('d2', 'a', { deletedAt: '2026-01-01T00:00:00.000Z' }),
    record('d3', 'a', { private: true }),
    record('d4', 'b'),
  ],
  themes: [record('t1', 'b')],
} as unknown as Dataset;

describe('sharedOnly', () => {
  it('drops private records and keeps the rest, tombstones included', () => {
    expect(sharedOnly(data).diaryEntries.map((r) => r.id)).toEqual(['d1', 'd2', 'd4']);
    expect(sharedOnly(data).themes.map((r) => r.id)).toEqual(['t1']);
  });
});

describe('registrationRows', () => {
  it('gives each client a row with live counts and a first-import log', () => {
    const rows = registrationRows(['a', 'b'], sharedOnly(data), {
      importedAt: '2026-01-15T20:00:00.000Z',
      bundleCreatedAt: '2026-01-15T19:00:00.000Z',
    });
    expect(rows.clients[0]).toMatchObject({
      id: 'a',
      displayName: 'Anouk B.',
      firstImportAt: '2026-01-15T20:00:00.000Z',
      lastImportAt: '2026-01-15T20:00:00.000Z',
      lastBundleAt: '2026-01-15T19:00:00.000Z',
    });
    expect(rows.clients[0]?.recordCounts).toMatchObject({ diaryEntries: 1, themes: 0 });
    expect(rows.clients[1]?.recordCounts).toMatchObject({ diaryEntries: 1, themes: 1 });
    expect(rows.importLog[0]).toMatchObject({
      clientId: 'a',
      kind: 'client-export',
      added: { diaryEntries: ['d1'] },
      deleted: { diaryEntries: ['d2'] },
      updated: {},
    });
    expect(rows.importLog[1]?.added).toEqual({ diaryEntries: ['d4'], themes: ['t1'] });
    expect(new Set(rows.importLog.map((log) => log.id)).size).toBe(2);
  });
});

describe('clientDisplayName', () => {
  it('is distinct for 250 clients', () => {
    const names = Array.from({ length: 250 }, (_, i) => clientDisplayName(i));
    expect(new Set(names).size).toBe(250);
    expect(names[10]).toBe('Anouk D.');
    expect(names[100]).toBe('Anouk B. 2');
  });
});

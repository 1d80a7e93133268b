// What an export carries, against a real (fake-indexeddb) database: the fictional example data
// and an abandoned, empty guided session stay home unless asked; a backup keeps everything.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadOwnRecords } from '../../../src/db/bundle-export';
import type { KoersDexie } from '../../../src/db/database';
import { loadExampleData } from '../../../src/db/example-data';
import { Repository } from '../../../src/db/repository';
import { buildExampleData } from '../../../src/domain/example';
import { recordTypes } from '../../../src/domain/records';
import { isEmptyRecord } from '../../../src/domain/share/empty';
import {
  countExamples,
  type Selectable,
  selectRecords,
  shareSections,
} from '../../../src/domain/share/scope';
import { freshDatabase, OWNER } from '../db/helpers';

let db: KoersDexie;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

const now = new Date('2026-11-24T09:00:00.000Z');
const emptySession = {
  occurredAt: '2026-11-24T10:00:00.000Z',
  mode: 'guided' as const,
  status: 'in-progress' as const,
  currentStep: 'clearing-space' as const,
  concernsSetAside: [],
  bodyLocations: [],
  questions: [],
  diaryEntryIds: [],
};

async function deviceWithExamplesAndOwnWork() {
  await loadExampleData(OWNER, now);
  await new Repository('diaryEntries').create(OWNER, {
    occurredAt: '2026-11-24T08:00:00.000Z',
    situation: 'Talked with my manager about the new role.',
  } as never);
  await new Repository('focusingSessions').create(OWNER, emptySession);
  const started = await new Repository('focusingSessions').create(OWNER, {
    ...emptySession,
    chosenConcern: 'The move to the new team',
  });
  const all = (await loadOwnRecords(OWNER)) as unknown as {
    [K in (typeof recordTypes)[number]]: Selectable[];
  };
  return { all, started };
}

const total = (selected: Record<string, readonly unknown[]>) =>
  recordTypes.reduce((n, type) => n + (selected[type]?.length ?? 0), 0);

describe('an export carries only what the user means', () => {
  it('leaves the example data and the empty session home; the summary can say how many', async () => {
    const { all, started } = await deviceWithExamplesAndOwnWork();
    const examples = buildExampleData(OWNER, now);
    const exampleCount = recordTypes.reduce((n, type) => n + (examples[type]?.length ?? 0), 0);

    const out = selectRecords(all, OWNER, { sections: shareSections });
    expect(out.diaryEntries.map((r) => r.example)).toEqual([undefined]);
    expect(out.focusingSessions.map((r) => r.id)).toEqual([started.id]);
    expect(total(out)).toBe(2);
    expect(countExamples(out)).toBe(0);

    const withExamples = selectRecords(
      all,
      OWNER,
      { sections: shareSections },
      { includeExamples: true },
    );
    // Example records in the shared sections: every one the example client has (its records
    // are diary, zkm, focusing and themes material, none of them coach records).
    expect(countExamples(withExamples)).toBe(exampleCount);
    expect(total(withExamples)).toBe(exampleCount + 2);
  });

  it('keeps everything in a backup: examples and the session to resume', async () => {
    const { all } = await deviceWithExamplesAndOwnWork();
    const backup = selectRecords(
      all,
      OWNER,
      { sections: shareSections },
      { includePrivate: true, anyOwner: true, includeExamples: true, includeEmpty: true },
    );
    expect(backup.focusingSessions.filter((r) => !r.example)).toHaveLength(2);
  });
});

describe('empty records', () => {
  it('are sessions in progress with nothing typed or chosen', () => {
    const base = { id: 'x', ownerId: OWNER, createdAt: '', updatedAt: '', rev: 1 };
    expect(isEmptyRecord('focusingSessions', { ...base, ...emptySession })).toBe(true);
    expect(
      isEmptyRecord('focusingSessions', { ...base, ...emptySession, qualities: { size: ' ' } }),
    ).toBe(true);
    expect(
      isEmptyRecord('focusingSessions', { ...base, ...emptySession, bodyLocations: ['chest'] }),
    ).toBe(false);
    expect(
      isEmptyRecord('focusingSessions', { ...base, ...emptySession, intensityBefore: 0 }),
    ).toBe(false);
    expect(isEmptyRecord('focusingSessions', { ...base, ...emptySession, status: 'done' })).toBe(
      false,
    );
    expect(isEmptyRecord('diaryEntries', { ...base })).toBe(false);
  });
});

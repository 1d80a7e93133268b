import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KoersDexie } from '../../../src/db/database';
import { loadExampleData, removeExampleData } from '../../../src/db/example-data';
import { hasExampleData } from '../../../src/db/example-presence';
import { Repository } from '../../../src/db/repository';
import { buildExampleData } from '../../../src/domain/example';
import { EXAMPLE_ID_MAX, EXAMPLE_ID_MIN } from '../../../src/domain/example/ids';
import { recordSchemas, recordTypes } from '../../../src/domain/records';
import { freshDatabase, OWNER } from './helpers';

let db: KoersDexie;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

const now = new Date('2026-11-24T09:00:00.000Z');

describe('example data', () => {
  it('is valid, marked as example and owned by the given profile', () => {
    const data = buildExampleData(OWNER, now);
    for (const type of recordTypes) {
      for (const record of data[type] ?? []) {
        expect(recordSchemas[type].safeParse(record).success, `${type} ${record.id}`).toBe(true);
        expect(record.example).toBe(true);
        expect(record.ownerId).toBe(OWNER);
        expect(Date.parse(record.createdAt)).toBeLessThanOrEqual(now.getTime());
      }
    }
  });

  it('has unique ids across all record types, all in the example id range', () => {
    const data = buildExampleData(OWNER, now);
    const ids = recordTypes.flatMap((type) => (data[type] ?? []).map((record) => record.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id >= EXAMPLE_ID_MIN && id <= EXAMPLE_ID_MAX, id).toBe(true);
    }
  });

  it('links only to records that exist in the example', () => {
    const data = buildExampleData(OWNER, now);
    const ids = new Set(recordTypes.flatMap((type) => (data[type] ?? []).map((r) => r.id)));
    const links: string[] = [];
    for (const theme of data.themes ?? []) links.push(...theme.valuationIds);
    for (const entry of data.diaryEntries ?? []) {
      if (entry.themeId) links.push(entry.themeId);
      if (entry.valuationId) links.push(entry.valuationId);
    }
    for (const session of data.focusingSessions ?? []) {
      links.push(...session.diaryEntryIds);
      if (session.themeId) links.push(session.themeId);
      if (session.valuationId) links.push(session.valuationId);
    }
    for (const valuation of data.valuations ?? []) {
      links.push(valuation.investigationId);
      if (valuation.predecessorId) links.push(valuation.predecessorId);
    }
    for (const investigation of data.investigations ?? []) {
      if (investigation.previousInvestigationId) links.push(investigation.previousInvestigationId);
      links.push(...(investigation.droppedValuationIds ?? []));
    }
    expect(links.length).toBeGreaterThan(20);
    expect(links.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('tells the whole case: diary, both investigations, focusing, a theme in creating, a report', () => {
    const data = buildExampleData(OWNER, now);
    expect(data.diaryEntries?.length).toBeGreaterThanOrEqual(10);
    expect(data.investigations?.map((i) => i.kind).sort()).toEqual(['first', 're']);
    expect(data.valuations?.length).toBeGreaterThanOrEqual(20);
    expect(data.focusingSessions?.length).toBeGreaterThanOrEqual(5);
    expect(data.themes?.[0]?.phaseHistory.map((p) => p.phase)).toEqual(['attending', 'creating']);
    expect(data.ownReports?.length).toBe(1);
  });

  it('loads idempotently and removes exactly the example, nothing of the user', async () => {
    const own = await new Repository('diaryEntries').create(OWNER, {
      occurredAt: now.toISOString(),
      situation: 'Mijn eigen notitie',
    });
    const loaded = await loadExampleData(OWNER, now);
    expect(loaded).toBeGreaterThan(0);
    expect(await loadExampleData(OWNER, now)).toBe(loaded);
    expect(await hasExampleData()).toBe(true);

    let stored = 0;
    for (const type of recordTypes) stored += await db.table(type).count();
    expect(stored).toBe(loaded + 1);

    expect(await removeExampleData()).toBe(loaded);
    expect(await hasExampleData()).toBe(false);
    expect(await db.diaryEntries.toArray()).toEqual([own]);
  });
});

// The benchmark data generator: every record valid per the zod schemas, the same seed gives
// the same data, different seeds differ, sizes and languages as promised, a realistic spread.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  countRecords,
  type Dataset,
  generateClientData,
  generateCoachData,
  quickClientSize,
} from '../../../bench/generate/dataset';
import { Rng } from '../../../bench/generate/random';
import { type RecordType, recordSchemas } from '../../../src/domain/records';

function invalidRecords(data: Dataset): string[] {
  const problems: string[] = [];
  for (const type of Object.keys(recordSchemas) as RecordType[]) {
    for (const [index, record] of data[type].entries()) {
      const result = recordSchemas[type].safeParse(record);
      if (!result.success) problems.push(`${type}[${index}]: ${result.error.message}`);
    }
  }
  return problems;
}

/** Every nth record of each type: validating thousands of records with zod is the slow part,
 * and the suite shares small machines with other tests; the quick dataset is checked in full. */
function everyNth(data: Dataset, n: number): Dataset {
  return Object.fromEntries(
    Object.entries(data).map(([type, list]) => [
      type,
      (list as unknown[]).filter((_, index) => index % n === 0),
    ]),
  ) as Dataset;
}

describe('Rng', () => {
  it('repeats its sequence for a seed and stays in range', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const first = Array.from({ length: 100 }, () => a.int(3, 7));
    expect(Array.from({ length: 100 }, () => b.int(3, 7))).toEqual(first);
    expect(Math.min(...first)).toBe(3);
    expect(Math.max(...first)).toBe(7);
    expect(new Rng(43).int(0, 1_000_000)).not.toBe(new Rng(42).int(0, 1_000_000));
  });

  it('makes version 4 UUIDs', () => {
    const rng = new Rng(1);
    for (let i = 0; i < 50; i++) {
      expect(rng.uuid()).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    }
  });
});

describe('generateClientData', () => {
  // The full dataset is made once: the checks below read it, and it is the costly part.
  let full: Dataset;
  beforeAll(() => {
    full = generateClientData({ seed: 1 });
  }, 600_000);

  it('makes the full dataset of the issues, valid records', () => {
    const data = full;
    expect(data.diaryEntries).toHaveLength(10_000);
    expect(data.focusingSessions).toHaveLength(2_000);
    expect(data.investigations).toHaveLength(5);
    expect(data.valuations).toHaveLength(200);
    expect(invalidRecords(everyNth(data, 3))).toEqual([]);
    expect(new Set(data.diaryEntries.map((entry) => entry.id)).size).toBe(10_000);
  }, 600_000);

  it('is deterministic from its seed, every record of the quick dataset valid', () => {
    const a = generateClientData({ seed: 7, size: quickClientSize });
    expect(invalidRecords(a)).toEqual([]);
    const b = generateClientData({ seed: 7, size: quickClientSize });
    const c = generateClientData({ seed: 8, size: quickClientSize });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });

  it('writes Dutch and English text of realistic lengths', () => {
    const data = full;
    const situations = data.diaryEntries.map((entry) => entry.situation);
    const dutch = situations.filter((text) => /\b(ik|mijn|het|de)\b/i.test(text)).length;
    const english = situations.filter((text) => /\b(I|my|the)\b/.test(text)).length;
    expect(dutch / situations.length).toBeGreaterThan(0.5);
    expect(english / situations.length).toBeGreaterThan(0.3);
    const lengths = situations.map((text) => text.length).sort((a, b) => a - b);
    const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
    expect(median).toBeGreaterThan(120);
    expect(median).toBeLessThan(300);
    expect(lengths.at(-1)).toBeLessThan(2000);
    // Optional fields are sometimes empty, as in real use.
    const withThinking = data.diaryEntries.filter((entry) => entry.thinking).length;
    expect(withThinking / 10_000).toBeGreaterThan(0.6);
    expect(withThinking / 10_000).toBeLessThan(0.9);
  }, 600_000);

  it('spreads entries over the span, on most days, at daytime hours mostly', () => {
    const data = full;
    const times = data.diaryEntries.map((entry) => Date.parse(entry.occurredAt));
    const first = Math.min(...times);
    const last = Math.max(...times);
    expect((last - first) / 86_400_000).toBeGreaterThan(3 * 365 - 30);
    const days = new Set(data.diaryEntries.map((entry) => entry.occurredAt.slice(0, 10)));
    expect(days.size).toBeGreaterThan(900);
    const night = data.diaryEntries.filter((entry) => {
      const hour = new Date(entry.occurredAt).getUTCHours();
      return hour >= 1 && hour <= 5;
    }).length;
    expect(night / 10_000).toBeLessThan(0.03);
    // Written after it happened, never before.
    for (const entry of data.diaryEntries) {
      expect(Date.parse(entry.createdAt)).toBeGreaterThanOrEqual(Date.parse(entry.occurredAt));
      expect(Date.parse(entry.updatedAt)).toBeGreaterThanOrEqual(Date.parse(entry.createdAt));
    }
  }, 600_000);

  it('links records only to records that exist', () => {
    const data = generateClientData({ seed: 9, size: quickClientSize });
    const themes = new Set(data.themes.map((theme) => theme.id));
    const investigations = new Set(data.investigations.map((item) => item.id));
    for (const entry of data.diaryEntries) {
      if (entry.themeId) expect(themes.has(entry.themeId)).toBe(true);
    }
    for (const valuation of data.valuations) {
      expect(investigations.has(valuation.investigationId)).toBe(true);
    }
    expect(data.investigations.slice(1).every((item) => item.kind === 're')).toBe(true);
  });
});

describe('generateCoachData', () => {
  it('makes 50 clients with a year of valid data each', () => {
    const { clientIds, records } = generateCoachData({ seed: 11, clients: 50 });
    expect(new Set(clientIds).size).toBe(50);
    expect(new Set(records.diaryEntries.map((entry) => entry.ownerId)).size).toBe(50);
    expect(records.diaryEntries).toHaveLength(50 * 200);
    expect(countRecords(records)).toBeGreaterThan(50 * 250);
    const sample = everyNth(records, 10);
    expect(countRecords(sample)).toBeGreaterThan(1_000);
    expect(invalidRecords(sample)).toEqual([]);
    const again = generateCoachData({ seed: 11, clients: 50 });
    expect(again.clientIds).toEqual(clientIds);
  }, 600_000);
});

// The example client's investigations: valid records, the Z-motive dominating at first, and a
// re-investigation that shows change (kept, modified, dropped, new).
import { describe, expect, it } from 'vitest';
import { exampleId } from '../../../src/domain/example/ids';
import {
  EXAMPLE_FIRST_INVESTIGATION_ID,
  EXAMPLE_REINVESTIGATION_ID,
  exampleZkm,
} from '../../../src/domain/example/zkm';
import { investigationRecord, valuationRecord } from '../../../src/domain/records';
import { compareInvestigations } from '../../../src/domain/zkm/comparison';
import { summarizeInvestigation } from '../../../src/domain/zkm/summary';
import { isWeakMotive } from '../../../src/domain/zkm/type-reading';

const owner = '6f1d2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b';
const now = new Date('2026-11-24T10:00:00.000Z');
const data = exampleZkm(owner, now);
function byId(id: string) {
  const found = data.investigations.find((i) => i.id === id);
  if (!found) throw new Error(`missing ${id}`);
  return found;
}
const first = byId(EXAMPLE_FIRST_INVESTIGATION_ID);
const second = byId(EXAMPLE_REINVESTIGATION_ID);

describe('example ZKM data', () => {
  it('is valid and uses ids from its own range', () => {
    for (const record of data.investigations)
      expect(investigationRecord.parse(record)).toEqual(record);
    for (const record of data.valuations) expect(valuationRecord.parse(record)).toEqual(record);
    const ids = [...data.investigations, ...data.valuations].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      const n = Number.parseInt(id.slice(-12), 16);
      expect(n).toBeGreaterThan(2000);
      expect(n).toBeLessThan(2100);
    }
  });

  it('has a fully rated first investigation of 12 valuations in which the Z-motive dominates', () => {
    const summary = summarizeInvestigation(first, data.valuations);
    expect(summary.valuations).toHaveLength(12);
    expect(summary.incompleteValuationIds).toEqual([]);
    expect(summary.generalFeeling.complete && summary.idealFeeling.complete).toBe(true);
    const motives = summary.typeSpread.byMotive;
    expect(motives.S).toBe(7);
    expect(motives.S).toBeGreaterThan(motives.O + motives.HH + motives.LL + motives.mixed);
    // The general feeling is a negative self-enhancement profile (−Z); the ideal is +HH.
    expect(summary.generalFeeling.type).toEqual({ motive: 'S', sign: '-' });
    expect(summary.idealFeeling.type).toEqual({ motive: 'HH', sign: '+' });
    expect(summary.generalFeeling.gen).toBe(1);
  });

  it('has a re-investigation that keeps, rewords, drops and adds valuations, and shows change', () => {
    const comparison = compareInvestigations(
      { investigation: first, valuations: data.valuations },
      { investigation: second, valuations: data.valuations },
    );
    const counts = { kept: 0, modified: 0, new: 0, dropped: 0, unmarked: 0 };
    for (const row of comparison.valuations) counts[row.change]++;
    expect(counts).toEqual({ kept: 7, modified: 4, new: 1, dropped: 1, unmarked: 0 });
    expect(second.droppedValuationIds).toEqual([exampleId(2020)]);
    expect(comparison.unmatchedPredecessorIds).toEqual([]);
    expect(comparison.listChanged).toBe(false);
    // Fewer S-types and more HH and O after the change process.
    const motive = Object.fromEntries(comparison.typeShift.byMotive.map((m) => [m.key, m]));
    expect(motive.S?.delta).toBeLessThan(0);
    expect(motive.HH?.after).toBeGreaterThan(motive.HH?.before ?? 0);
    // General feeling got better: P − N rose.
    const { before, after } = comparison.generalFeeling;
    expect(before.complete && after.complete).toBe(true);
    if (before.complete && after.complete)
      expect(after.indices.pMinusN).toBeGreaterThan(before.indices.pMinusN);
  });

  it('dates the re-investigation months after the first', () => {
    const months = (Date.parse(second.startedAt) - Date.parse(first.startedAt)) / (30 * 86_400_000);
    expect(months).toBeGreaterThan(3);
    expect(Date.parse(second.startedAt)).toBeLessThan(now.getTime());
  });
});

describe('example type readings', () => {
  it('flags "Asking for help feels like failing": −S with S 5 ≤ l 6, a weak motive', () => {
    const summary = summarizeInvestigation(
      first,
      data.valuations.filter((v) => v.investigationId === first.id),
    );
    const row = summary.valuations.find((v) => v.id === exampleId(2017));
    if (!row?.complete) throw new Error('valuation 17 should be complete');
    // S 1+2+1+1 = 5, O 0 (S − O = 5 ≥ d 4): S-type; N 4+3+3+5 = 15, P 0 (15 ≥ p 7): negative.
    expect(row.indices).toMatchObject({ S: 5, O: 0, P: 0, N: 15 });
    expect(row.type).toEqual({ motive: 'S', sign: '-' });
    expect(isWeakMotive(row.indices, row.type, first.affectList.thresholds)).toBe(true);
  });
});

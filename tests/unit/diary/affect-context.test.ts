// The diary form beside the self-investigation: which list it is rated on, which list an entry
// belongs to, and its r with the valuation and the feelings (values computed by hand).
import { describe, expect, it } from 'vitest';
import { compareEntry, listOfEntry, listToRateOn } from '../../../src/domain/diary/affect-context';
import type { AffectListContent } from '../../../src/domain/records/affect-list';
import type { InvestigationRecord, ValuationRecord } from '../../../src/domain/records/zkm';
import {
  DEFAULT_AFFECT_LIST_ID,
  defaultAffectList,
} from '../../../src/domain/zkm/default-affect-list';

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

const four: AffectListContent = {
  name: 'Vier',
  terms: [
    { id: 'a', labels: { en: 'a', nl: 'a' }, index: 'S' },
    { id: 'b', labels: { en: 'b', nl: 'b' }, index: 'O' },
    { id: 'c', labels: { en: 'c', nl: 'c' }, index: 'P' },
    { id: 'd', labels: { en: 'd', nl: 'd' }, index: 'N' },
  ],
  thresholds: { h: 4, d: 2, l: 2, p: 3 },
};

const investigation = (
  n: number,
  startedAt: string,
  fields: Partial<InvestigationRecord> = {},
): InvestigationRecord =>
  ({
    id: uuid(n),
    ownerId: uuid(1),
    createdAt: startedAt,
    updatedAt: startedAt,
    rev: 1,
    title: `Onderzoek ${n}`,
    kind: 'first',
    startedAt,
    questionVariant: 'life',
    affectList: four,
    affectListId: uuid(90),
    generalFeeling: { a: 1, b: 2, c: 3, d: 5 },
    idealFeeling: { a: 3, b: 3, c: 3, d: 3 },
    ...fields,
  }) as InvestigationRecord;

const valuation = (n: number, investigationId: string, ratings: Record<string, number>) =>
  ({
    id: uuid(n),
    ownerId: uuid(1),
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    rev: 1,
    investigationId,
    text: 'Waardering',
    timeFrame: 'present',
    order: 0,
    ratings,
  }) as ValuationRecord;

describe('listToRateOn', () => {
  it('is the built-in list without an investigation', () => {
    expect(listToRateOn([])).toEqual({ id: DEFAULT_AFFECT_LIST_ID, list: defaultAffectList });
  });
  it('is the list of the newest live investigation', () => {
    const older = investigation(2, '2026-01-01T10:00:00.000Z', { affectList: defaultAffectList });
    const newer = investigation(3, '2026-06-01T10:00:00.000Z');
    const deleted = investigation(4, '2026-09-01T10:00:00.000Z', {
      deletedAt: '2026-09-02T10:00:00.000Z',
    });
    expect(listToRateOn([older, deleted, newer])).toEqual({
      id: uuid(90),
      list: four,
      investigationId: uuid(3),
    });
  });
});

describe('listOfEntry', () => {
  const inv = investigation(3, '2026-06-01T10:00:00.000Z');
  const linked = valuation(10, inv.id, { a: 4, b: 3, c: 2, d: 1 });
  it('takes the linked valuation’s investigation', () => {
    const found = listOfEntry(
      { affectListId: uuid(90), affectRatings: { a: 1 }, valuationId: linked.id },
      [inv],
      [linked],
    );
    expect(found?.investigation?.id).toBe(inv.id);
  });
  it('falls back to the built-in list when the ratings are on it', () => {
    const found = listOfEntry(
      { affectListId: DEFAULT_AFFECT_LIST_ID, affectRatings: { joy: 2 } },
      [inv],
      [],
    );
    expect(found).toEqual({ list: defaultAffectList });
  });
  it('finds nothing for ratings on no known list, or no ratings', () => {
    expect(listOfEntry({ affectListId: uuid(99), affectRatings: { zz: 1 } }, [inv], [])).toBe(
      undefined,
    );
    expect(listOfEntry({ affectListId: uuid(90), affectRatings: {} }, [inv], [])).toBe(undefined);
  });
});

describe('compareEntry', () => {
  const inv = investigation(3, '2026-06-01T10:00:00.000Z');
  it('gives r with the valuation, the general and the ideal feeling (by hand)', () => {
    const result = compareEntry({ a: 1, b: 2, c: 3, d: 4 }, four, inv, {
      ratings: { a: 4, b: 3, c: 2, d: 1 },
    });
    expect(result.complete).toBe(true);
    // The valuation's profile is the entry's reversed: r = −1.
    expect(result.valuation).toBe(-1);
    // x = 1,2,3,4 and y = 1,2,3,5: Σdxdy = 6.5, Σdx² = 5, Σdy² = 8.75, r = 6.5 / √43.75.
    expect(result.general).toBeCloseTo(0.98271, 5);
    // The ideal feeling is flat (zero variance): n/a.
    expect(result.ideal).toBeNull();
  });
  it('gives n/a everywhere while a term is unrated, and no valuation r without a link', () => {
    const result = compareEntry({ a: 1, b: 2, c: 3 }, four, inv);
    expect(result).toEqual({ complete: false, general: null, ideal: null });
  });
});

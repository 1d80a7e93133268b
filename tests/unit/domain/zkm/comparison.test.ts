import { describe, expect, it } from 'vitest';
import type { ValuationRecord } from '../../../../src/domain/records/zkm';
import { compareInvestigations, compareSummaries } from '../../../../src/domain/zkm/comparison';
import { summarizeInvestigation } from '../../../../src/domain/zkm/summary';
import { typeSpread, typeSpreadShift } from '../../../../src/domain/zkm/type-spread';
import { investigation, list24, ratingsByIndex, uuid, valuation } from './fixtures';
import { minusO, plusHH, plusS, pmLL } from './profiles';

const PREV = uuid(1);
const CUR = uuid(2);
const p = (n: number) => uuid(100 + n);
const c = (n: number) => uuid(200 + n);

const previous = {
  investigation: investigation({ id: PREV, generalFeeling: minusO, idealFeeling: plusHH }),
  valuations: [
    valuation({
      id: p(1),
      investigationId: PREV,
      order: 0,
      text: 'I must prove it',
      ratings: plusS,
    }),
    valuation({ id: p(2), investigationId: PREV, order: 1, text: 'My work', ratings: plusS }),
    valuation({ id: p(3), investigationId: PREV, order: 2, text: 'My father', ratings: minusO }),
    valuation({ id: p(4), investigationId: PREV, order: 3, text: 'Walled off', ratings: pmLL }),
  ],
};

const { worry: _worry, ...incomplete } = plusS;
const current = {
  investigation: investigation({
    id: CUR,
    kind: 're',
    previousInvestigationId: PREV,
    generalFeeling: plusS,
    idealFeeling: plusHH,
    droppedValuationIds: [p(3)],
  }),
  valuations: [
    valuation({
      id: c(1),
      investigationId: CUR,
      order: 0,
      text: 'I must prove it',
      ratings: plusS,
      predecessorId: p(1),
      change: 'kept',
    }),
    valuation({
      id: c(2),
      investigationId: CUR,
      order: 1,
      text: 'My work, with my team',
      ratings: plusHH,
      predecessorId: p(2),
      change: 'modified',
    }),
    valuation({ id: c(3), investigationId: CUR, order: 2, ratings: minusO, change: 'new' }),
    // Links to an id the previous investigation does not have.
    valuation({
      id: c(4),
      investigationId: CUR,
      order: 3,
      ratings: incomplete,
      predecessorId: uuid(777),
      change: 'modified',
    }),
    // Says kept but has no link: shown as new and reported.
    valuation({ id: c(5), investigationId: CUR, order: 4, ratings: plusS, change: 'kept' }),
  ],
};

describe('compareInvestigations', () => {
  const cmp = compareInvestigations(previous, current);

  it('pairs each current valuation with its predecessor, then lists the others', () => {
    expect(
      cmp.valuations.map((r) => [r.change, r.before?.id ?? null, r.after?.id ?? null]),
    ).toEqual([
      ['kept', p(1), c(1)],
      ['modified', p(2), c(2)],
      ['new', null, c(3)],
      ['modified', null, c(4)],
      ['new', null, c(5)],
      ['dropped', p(3), null],
      ['unmarked', p(4), null],
    ]);
    expect(cmp.unmatchedPredecessorIds).toEqual([uuid(777)]);
    expect(cmp.unlinkedValuationIds).toEqual([c(5)]);
    expect(cmp.listChanged).toBe(false);
  });

  it('gives S, O, P, N, type, GEN and IDEAL before and after', () => {
    const modified = cmp.valuations[1];
    // Before: +S (S 20, O 4, P 16, N 2); after: +HH (S 12, O 11, P 17, N 2).
    expect(modified?.before).toMatchObject({
      text: 'My work',
      indices: { S: 20, O: 4, P: 16, N: 2 },
      type: { motive: 'S', sign: '+' },
    });
    expect(modified?.after).toMatchObject({
      text: 'My work, with my team',
      indices: { S: 12, O: 11, P: 17, N: 2 },
      type: { motive: 'HH', sign: '+' },
      // The ideal feeling is the +HH profile itself, so IDEAL = 1.
      ideal: 1,
    });
    // The kept valuation now equals the general feeling (+S): GEN = 1.
    expect(cmp.valuations[0]?.after).toMatchObject({ gen: 1, ideal: expect.any(Number) });
    // Before, the general feeling was −O; each r is taken within its own investigation.
    expect(cmp.valuations[0]?.before?.gen).not.toBe(1);
    expect(cmp.valuations[3]?.after).toMatchObject({ complete: false, missingTermIds: ['worry'] });
  });

  it('sets the general and ideal feeling side by side', () => {
    expect(cmp.generalFeeling.before).toMatchObject({
      indices: { S: 2, O: 18, P: 2, N: 16 },
      type: { motive: 'O', sign: '-' },
      gen: 1,
    });
    expect(cmp.generalFeeling.after).toMatchObject({
      indices: { S: 20, O: 4, P: 16, N: 2 },
      type: { motive: 'S', sign: '+' },
      gen: 1,
    });
    expect(cmp.idealFeeling.before).toMatchObject({ type: { motive: 'HH', sign: '+' }, ideal: 1 });
  });

  it('shows the shift in the spread of types', () => {
    // Before: +S p1, +S p2, −O p3, ±LL p4. After: +S c1, +HH c2, −O c3, untyped c4, +S c5.
    const byKey = Object.fromEntries(cmp.typeShift.byType.map((s) => [s.key, s]));
    expect(byKey['+S']).toEqual({ key: '+S', before: 2, after: 2, delta: 0 });
    expect(byKey['+HH']).toEqual({ key: '+HH', before: 0, after: 1, delta: 1 });
    expect(byKey['-O']).toEqual({ key: '-O', before: 1, after: 1, delta: 0 });
    expect(byKey['±LL']).toEqual({ key: '±LL', before: 1, after: 0, delta: -1 });
    expect(cmp.typeShift.byType).toHaveLength(15);
    expect(cmp.typeShift.untyped).toEqual({ key: 'untyped', before: 0, after: 1, delta: 1 });
    expect(cmp.typeShift.total).toEqual({ key: 'total', before: 4, after: 5, delta: 1 });
    const motive = Object.fromEntries(cmp.typeShift.byMotive.map((s) => [s.key, s.delta]));
    expect(motive).toEqual({ S: 0, O: 0, HH: 1, LL: -1, mixed: 0 });
    const sign = Object.fromEntries(cmp.typeShift.bySign.map((s) => [s.key, [s.before, s.after]]));
    expect(sign).toEqual({ '+': [2, 3], '-': [1, 1], '±': [1, 0] });
  });
});

describe('compareSummaries edge cases', () => {
  const prev = (vs: ValuationRecord[]) => summarizeInvestigation(investigation({ id: PREV }), vs);
  const cur = (vs: ValuationRecord[], dropped: string[] = []) =>
    summarizeInvestigation(investigation({ id: CUR, droppedValuationIds: dropped }), vs);
  const before = [
    valuation({ id: p(1), investigationId: PREV, text: 'Same', ratings: plusS }),
    valuation({ id: p(2), investigationId: PREV, order: 1, text: 'Old', ratings: plusS }),
  ];

  it('infers kept or modified from the text when change is not stored', () => {
    const after = [
      valuation({ id: c(1), investigationId: CUR, text: 'Same', predecessorId: p(1) }),
      valuation({ id: c(2), investigationId: CUR, order: 1, text: 'New', predecessorId: p(2) }),
    ];
    expect(compareSummaries(prev(before), cur(after)).valuations.map((r) => r.change)).toEqual([
      'kept',
      'modified',
    ]);
  });

  it('treats a linked valuation marked new as modified, and shows a continued one only once', () => {
    const after = [
      valuation({
        id: c(1),
        investigationId: CUR,
        text: 'Other',
        predecessorId: p(1),
        change: 'new',
      }),
    ];
    // p(1) is continued although also listed as dropped; p(2) is only dropped.
    const rows = compareSummaries(prev(before), cur(after, [p(1), p(2)])).valuations;
    expect(rows.map((r) => [r.change, r.before?.id ?? null, r.after?.id ?? null])).toEqual([
      ['modified', p(1), c(1)],
      ['dropped', p(2), null],
    ]);
  });

  it('lets two reformulations continue the same predecessor', () => {
    const after = [
      valuation({ id: c(1), investigationId: CUR, text: 'A', predecessorId: p(1) }),
      valuation({ id: c(2), investigationId: CUR, order: 1, text: 'B', predecessorId: p(1) }),
    ];
    const rows = compareSummaries(prev(before), cur(after, [p(2)])).valuations;
    expect(rows.map((r) => [r.change, r.before?.id ?? null])).toEqual([
      ['modified', p(1)],
      ['modified', p(1)],
      ['dropped', p(2)],
    ]);
  });

  it('flags a change of list and reads each side on its own list', () => {
    const r24 = ratingsByIndex(list24, {
      S: [5, 5, 5, 5, 5, 5],
      O: [0, 0, 0, 0, 0, 0],
      P: [5, 5, 5, 5, 5, 5],
      N: [0, 0, 0, 0, 0, 0],
    });
    const on24 = summarizeInvestigation(investigation({ id: PREV, affectList: list24 }), [
      valuation({ id: p(1), investigationId: PREV, ratings: r24 }),
    ]);
    const on16 = cur([
      valuation({ id: c(1), investigationId: CUR, ratings: plusS, predecessorId: p(1) }),
    ]);
    const cmp = compareSummaries(on24, on16);
    expect(cmp.listChanged).toBe(true);
    // 24-list: S = 6 × 5 = 30; 16-list: S = 20.
    expect(cmp.valuations[0]?.before).toMatchObject({ indices: { S: 30, O: 0 } });
    expect(cmp.valuations[0]?.after).toMatchObject({ indices: { S: 20, O: 4 } });
    expect(compareSummaries(on16, on16).listChanged).toBe(false);
  });

  it('compares empty investigations without rows', () => {
    const cmp = compareSummaries(prev([]), cur([]));
    expect(cmp.valuations).toEqual([]);
    expect(cmp.typeShift.total).toEqual({ key: 'total', before: 0, after: 0, delta: 0 });
  });
});

describe('typeSpread', () => {
  it('counts types, motives, signs and untyped valuations', () => {
    const spread = typeSpread([
      { motive: 'S', sign: '+' },
      { motive: 'S', sign: '+' },
      { motive: 'LL', sign: '-' },
      null,
    ]);
    expect(spread.byType['+S']).toBe(2);
    expect(spread.byType['-LL']).toBe(1);
    expect(Object.values(spread.byType).reduce((a, b) => a + b, 0)).toBe(3);
    expect(spread.byMotive).toEqual({ S: 2, O: 0, HH: 0, LL: 1, mixed: 0 });
    expect(spread.bySign).toEqual({ '+': 2, '-': 1, '±': 0 });
    expect(spread.untyped).toBe(1);
    expect(spread.total).toBe(4);
  });

  it('reports a zero delta everywhere for equal spreads', () => {
    const s = typeSpread([{ motive: 'O', sign: '±' }]);
    const shift = typeSpreadShift(s, s);
    expect(shift.byType.every((row) => row.delta === 0)).toBe(true);
    expect(shift.byType.find((row) => row.key === '±O')).toEqual({
      key: '±O',
      before: 1,
      after: 1,
      delta: 0,
    });
  });
});

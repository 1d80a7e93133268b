// Term ids come from files and from people: a term called `constructor`, `toString` or
// `valueOf` must behave like any other id in parsing, indices, the CSV and rating look-ups.
// The property renames the ids to plain ones and expects exactly the same results.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BundleError } from '../../../src/bundle/errors';
import { zkmRatingsCsv } from '../../../src/domain/coach/zkm-csv';
import type { InvestigationRecord, ValuationRecord } from '../../../src/domain/records';
import {
  type AffectRatings,
  affectRatings,
  affectTermId,
  ratingOf,
} from '../../../src/domain/records/affect-list';
import { computeIndices } from '../../../src/domain/zkm/indices';
import { explainError } from '../../../src/features/share/error-text';

/** Names every object inherits from Object.prototype, and two plain ones among them. */
const inherited = [
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupGetter__',
];

const termsArb = fc
  .uniqueArray(fc.constantFrom(...inherited, 'calm', 'worry'), { minLength: 1, maxLength: 8 })
  .chain((ids) =>
    fc.record({
      terms: fc.tuple(
        ...ids.map((id) =>
          fc.record({
            id: fc.constant(id),
            index: fc.constantFrom('S' as const, 'O' as const, 'P' as const, 'N' as const),
          }),
        ),
      ),
      // A rating per term, or none (unrated): undefined entries are left out below.
      general: fc.tuple(...ids.map(() => fc.option(fc.integer({ min: 0, max: 5 })))),
      valuation: fc.tuple(...ids.map(() => fc.option(fc.integer({ min: 0, max: 5 })))),
    }),
  );

type Spec = { id: string; index: 'S' | 'O' | 'P' | 'N' };

/** Ratings as a file would carry them: parsed from JSON text, so every key is an own one. */
function ratingsOf(terms: readonly Spec[], values: readonly (number | null)[], rename: boolean) {
  const entries = terms.flatMap((term, i) =>
    values[i] === null || values[i] === undefined ? [] : [[rename ? `t${i}` : term.id, values[i]]],
  );
  return affectRatings.parse(JSON.parse(JSON.stringify(Object.fromEntries(entries))));
}

function investigationOf(terms: readonly Spec[], general: AffectRatings, rename: boolean) {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    ownerId: '22222222-2222-4222-8222-222222222222',
    title: 'Work',
    kind: 'first',
    startedAt: '2026-03-01T10:00:00.000Z',
    affectList: {
      terms: terms.map((term, i) => ({
        id: rename ? `t${i}` : term.id,
        labels: { en: `Term ${i}`, nl: `Term ${i}` },
        index: term.index,
      })),
    },
    generalFeeling: general,
    idealFeeling: {},
  } as unknown as InvestigationRecord;
}

describe('term ids named like Object.prototype', () => {
  it('parse, sum to indices, read back and write to CSV like any other id', () => {
    fc.assert(
      fc.property(termsArb, ({ terms, general, valuation }) => {
        const results = [false, true].map((rename) => {
          const generalRatings = ratingsOf(terms, general, rename);
          const valuationRatings = ratingsOf(terms, valuation, rename);
          const investigation = investigationOf(terms, generalRatings, rename);
          const ids = investigation.affectList.terms.map((term) => term.id);
          const valuationRecord = {
            id: '33333333-3333-4333-8333-333333333333',
            investigationId: investigation.id,
            order: 1,
            text: 'My first job',
            timeFrame: 'past',
            ratings: valuationRatings,
          } as unknown as ValuationRecord;
          let csv = zkmRatingsCsv([investigation], [valuationRecord], 'en');
          // Put the plain ids back, so both runs can be compared cell for cell.
          if (rename)
            ids.forEach((id, i) => {
              csv = csv.replaceAll(`,${id},`, `,${terms[i]?.id},`);
            });
          return {
            own: Object.keys(valuationRatings).length,
            read: ids.map((id) => ratingOf(valuationRatings, id) ?? null),
            indices: computeIndices(investigation.affectList, valuationRatings),
            csv,
          };
        });
        const [named, plain] = results;
        expect(named?.read).toEqual(valuation);
        expect(named?.own).toBe(valuation.filter((v) => v !== null).length);
        const renamedMissing = (result: (typeof results)[number] | undefined) =>
          result?.indices.complete === false
            ? { complete: false, missing: result.indices.missingTermIds.length }
            : result?.indices;
        expect(renamedMissing(named)).toEqual(renamedMissing(plain));
        expect(named?.csv).toBe(plain?.csv);
      }),
      { seed: 6_2026, numRuns: 200 },
    );
  });

  it('refuses __proto__ as a term id: it would set the prototype, not hold a rating', () => {
    expect(affectTermId.safeParse('__proto__').success).toBe(false);
    expect(affectRatings.safeParse(JSON.parse('{"__proto__": 3}')).success).toBe(false);
    expect(ratingOf({}, 'constructor')).toBeUndefined();
    expect(ratingOf({ constructor: 0 } as AffectRatings, 'constructor')).toBe(0);
  });

  it('does not take a record type named constructor from a file for a known one', () => {
    const text = explainError(
      new BundleError('invalid-contents', 'x', {
        recordType: 'constructor',
        problem: 'not-a-list',
      }),
      {
        t: (key, params) => `${key} ${JSON.stringify(params ?? {})}`,
        tApp: (key) => key,
        appErrorKey: () => 'error.unknown' as never,
        formatSize: (bytes) => `${bytes}`,
      },
    );
    expect(JSON.stringify(text)).toContain('constructor');
    expect(JSON.stringify(text)).not.toContain('function');
  });
});

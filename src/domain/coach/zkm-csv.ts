// ZKM ratings as CSV in long form: one row per valuation and affect term, with general and
// ideal feeling as rows of their own kind, so a spreadsheet can pivot them any way.
import type { InvestigationRecord, ValuationRecord } from '../records';
import { type AffectRatings, ratingOf } from '../records/affect-list';
import { indexLabel, type ZkmLanguage } from '../zkm/labels';
import { buildCsv, type CsvValue } from './csv';

/** The header of the ratings CSV. */
export const zkmCsvHeader = [
  'investigationId',
  'investigation',
  'investigationKind',
  'startedAt',
  'rowKind',
  'valuationId',
  'valuationOrder',
  'valuation',
  'timeFrame',
  'change',
  'termId',
  'term',
  'index',
  'rating',
] as const;

/** Builds the ratings CSV; term labels and index letters in `language` (Z/A in Dutch). */
export function zkmRatingsCsv(
  investigations: readonly InvestigationRecord[],
  valuations: readonly ValuationRecord[],
  language: ZkmLanguage,
): string {
  const rows: CsvValue[][] = [];
  const live = investigations
    .filter((i) => i.deletedAt === undefined)
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  for (const investigation of live) {
    const head = [
      investigation.id,
      investigation.title,
      investigation.kind,
      investigation.startedAt,
    ];
    const addRows = (
      kind: 'general' | 'ideal' | 'valuation',
      ratings: AffectRatings,
      valuation?: ValuationRecord,
    ) => {
      for (const term of investigation.affectList.terms) {
        rows.push([
          ...head,
          kind,
          valuation?.id,
          valuation?.order,
          valuation?.text,
          valuation?.timeFrame,
          valuation?.change,
          term.id,
          term.labels[language],
          indexLabel(term.index, language),
          // An unrated term stays empty: 0 is a rating ("not at all"), not a missing value.
          ratingOf(ratings, term.id),
        ]);
      }
    };
    addRows('general', investigation.generalFeeling);
    addRows('ideal', investigation.idealFeeling);
    const own = valuations
      .filter((v) => v.investigationId === investigation.id && v.deletedAt === undefined)
      .sort((a, b) => a.order - b.order);
    for (const valuation of own) addRows('valuation', valuation.ratings, valuation);
  }
  return buildCsv(zkmCsvHeader, rows);
}

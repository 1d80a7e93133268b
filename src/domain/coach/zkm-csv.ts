// ZKM ratings as CSV in long form: one row per valuation and affect term, with general and
// ideal feeling as rows of their own kind, so a spreadsheet can pivot them any way.
import type { InvestigationRecord, ValuationRecord } from '../records';
import { type AffectRatings, ratingOf } from '../records/affect-list';
import { isLive } from '../records/live';
import { indexLabel, type ZkmLanguage } from '../zkm/labels';
import { buildCsv, type CsvValue, csvSeparatorFor } from './csv';
import { csvWords, type ZkmRowKind, zkmCsvColumns } from './csv-words';

/** The stable column names of the ratings CSV (the header row shows them in the app's language). */
export const zkmCsvHeader = zkmCsvColumns;

/**
 * Builds the ratings CSV: headers, codes, term labels and index letters (Z/A in Dutch) in
 * `language`, with its separator.
 */
export function zkmRatingsCsv(
  investigations: readonly InvestigationRecord[],
  valuations: readonly ValuationRecord[],
  language: ZkmLanguage,
): string {
  const words = csvWords(language);
  const rows: CsvValue[][] = [];
  const live = investigations.filter(isLive).sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  for (const investigation of live) {
    const head = [
      investigation.id,
      investigation.title,
      words.investigationKind[investigation.kind],
      investigation.startedAt,
    ];
    const addRows = (kind: ZkmRowKind, ratings: AffectRatings, valuation?: ValuationRecord) => {
      for (const term of investigation.affectList.terms) {
        rows.push([
          ...head,
          words.rowKind[kind],
          valuation?.id,
          valuation?.order,
          valuation?.text,
          valuation && words.timeFrame[valuation.timeFrame],
          valuation?.change && words.change[valuation.change],
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
      .filter((v) => v.investigationId === investigation.id && isLive(v))
      .sort((a, b) => a.order - b.order);
    for (const valuation of own) addRows('valuation', valuation.ratings, valuation);
  }
  const header = zkmCsvColumns.map((column) => words.zkm[column]);
  return buildCsv(header, rows, csvSeparatorFor(language));
}

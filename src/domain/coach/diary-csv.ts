// The diary entries of a client as CSV, one column per field of the diary form, for the
// coach's own analysis in a spreadsheet.
import type { DiaryEntryRecord, ThemeRecord, ValuationRecord } from '../records';
import type { AffectListContent } from '../records/affect-list';
import { isLive } from '../records/live';
import type { ZkmLanguage } from '../zkm/labels';
import { buildCsv, type CsvValue, csvSeparatorFor } from './csv';
import { csvWords, diaryCsvColumns } from './csv-words';
import { localDateTime } from './local-time';

/** The stable column names of the diary CSV (the header row shows them in the app's language). */
export const diaryCsvHeader = diaryCsvColumns;

/** What the diary CSV needs besides the entries: names for the linked theme and valuation. */
export interface DiaryCsvContext {
  themes: readonly ThemeRecord[];
  valuations: readonly ValuationRecord[];
  /** The language of the headers, the codes and the separator. */
  language: ZkmLanguage;
  /** The names of affect terms by id (the lists the client rated on); an unknown id stays as it is. */
  termLabels?: ReadonlyMap<string, string>;
  /** The coach's time zone for the date and time columns (the device's by default). */
  timeZone?: string;
}

/** The names of the terms of `lists` in `language`, by term id, for the diary CSV's ratings. */
export function termLabelsOf(
  lists: readonly AffectListContent[],
  language: ZkmLanguage,
): Map<string, string> {
  const labels = new Map<string, string>();
  for (const list of lists) {
    for (const term of list.terms) labels.set(term.id, term.labels[language]);
  }
  return labels;
}

/** Builds the diary CSV: live entries, oldest first, BOM and CRLF included. */
export function diaryCsv(entries: readonly DiaryEntryRecord[], context: DiaryCsvContext): string {
  const words = csvWords(context.language);
  const themeTitle = new Map(context.themes.map((theme) => [theme.id, theme.title]));
  const valuationText = new Map(context.valuations.map((v) => [v.id, v.text]));
  const rows = entries
    .filter(isLive)
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt))
    .map((entry): CsvValue[] => {
      const local = localDateTime(entry.occurredAt, context.timeZone);
      const ratings = entry.affectRatings
        ? Object.entries(entry.affectRatings)
            .map(([term, value]) => `${context.termLabels?.get(term) ?? term}=${value}`)
            .join('; ')
        : undefined;
      return [
        entry.id,
        entry.occurredAt,
        local.date,
        local.time,
        entry.area && words.area[entry.area],
        entry.situation,
        entry.thinking,
        entry.feelingWords,
        entry.feelingIntensity,
        ratings,
        entry.acting,
        entry.consequence,
        entry.interplay,
        entry.themeStrength,
        entry.themeId ? (themeTitle.get(entry.themeId) ?? entry.themeId) : undefined,
        entry.valuationId ? (valuationText.get(entry.valuationId) ?? entry.valuationId) : undefined,
        entry.phase && words.phase[entry.phase],
        entry.bodyNote,
        entry.triedNew,
        entry.triedNewOutcome,
      ];
    });
  const header = diaryCsvColumns.map((column) => words.diary[column]);
  return buildCsv(header, rows, csvSeparatorFor(context.language));
}

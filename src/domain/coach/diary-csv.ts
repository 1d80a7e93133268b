// The diary entries of a client as CSV, one column per field of the diary form, for the
// coach's own analysis in a spreadsheet.
import type { DiaryEntryRecord, ThemeRecord, ValuationRecord } from '../records';
import { buildCsv, type CsvValue } from './csv';
import { localDateTime } from './local-time';

/** The header of the diary CSV: stable field names, so analyses keep working. */
export const diaryCsvHeader = [
  'id',
  'occurredAt',
  'date',
  'time',
  'area',
  'situation',
  'thinking',
  'feelingWords',
  'feelingIntensity',
  'affectRatings',
  'acting',
  'consequence',
  'themeStrength',
  'theme',
  'valuation',
  'phase',
  'bodyNote',
  'triedNew',
  'triedNewOutcome',
] as const;

/** What the diary CSV needs besides the entries: names for the linked theme and valuation. */
export interface DiaryCsvContext {
  themes: readonly ThemeRecord[];
  valuations: readonly ValuationRecord[];
  /** The coach's time zone for the date and time columns (the device's by default). */
  timeZone?: string;
}

/** Builds the diary CSV: live entries, oldest first, BOM and CRLF included. */
export function diaryCsv(entries: readonly DiaryEntryRecord[], context: DiaryCsvContext): string {
  const themeTitle = new Map(context.themes.map((theme) => [theme.id, theme.title]));
  const valuationText = new Map(context.valuations.map((v) => [v.id, v.text]));
  const rows = entries
    .filter((entry) => entry.deletedAt === undefined)
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt))
    .map((entry): CsvValue[] => {
      const local = localDateTime(entry.occurredAt, context.timeZone);
      const ratings = entry.affectRatings
        ? Object.entries(entry.affectRatings)
            .map(([term, value]) => `${term}=${value}`)
            .join('; ')
        : undefined;
      return [
        entry.id,
        entry.occurredAt,
        local.date,
        local.time,
        entry.area,
        entry.situation,
        entry.thinking,
        entry.feelingWords,
        entry.feelingIntensity,
        ratings,
        entry.acting,
        entry.consequence,
        entry.themeStrength,
        entry.themeId ? (themeTitle.get(entry.themeId) ?? entry.themeId) : undefined,
        entry.valuationId ? (valuationText.get(entry.valuationId) ?? entry.valuationId) : undefined,
        entry.phase,
        entry.bodyNote,
        entry.triedNew,
        entry.triedNewOutcome,
      ];
    });
  return buildCsv(diaryCsvHeader, rows);
}

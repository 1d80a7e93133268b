// The report model: everything the printable report of one client for a date range shows,
// computed once from the client's records and the coach's notes. Rendering is elsewhere.
import { dayKeyOf } from '../dates';
import type {
  CoachNoteRecord,
  DiaryEntryRecord,
  FocusingSessionRecord,
  InvestigationRecord,
  OwnReportRecord,
  ThemeRecord,
  ValuationRecord,
} from '../records';
import { liveOnly as live } from '../records/live';
import { compareSummaries, type InvestigationComparison } from '../zkm/comparison';
import { type PrintoutFigures, printoutFigures } from '../zkm/printout';
import { type InvestigationSummary, summarizeInvestigation } from '../zkm/summary';
import { type DiaryDigest, digestDiary, digestFocusing, type FocusingDigest } from './digest';

/** A closed date range of whole days, as YYYY-MM-DD in the coach's calendar. */
export interface DayRange {
  from: string;
  to: string;
}

/** The records a report is made from (tombstones may be included; they are left out). */
export interface ReportInput {
  range: DayRange;
  diary: readonly DiaryEntryRecord[];
  focusing: readonly FocusingSessionRecord[];
  investigations: readonly InvestigationRecord[];
  valuations: readonly ValuationRecord[];
  themes: readonly ThemeRecord[];
  ownReports: readonly OwnReportRecord[];
  notes: readonly CoachNoteRecord[];
  /** Turns an instant into the coach's local YYYY-MM-DD (the device zone by default). */
  dayOf?: (iso: string) => string;
}

/** One investigation in the report: the record and its computed summary. */
export interface ReportInvestigation {
  investigation: InvestigationRecord;
  summary: InvestigationSummary;
  /** The rest of the standard printout: correlations of feelings and sums, per time frame. */
  printout: PrintoutFigures;
  /** For a re-investigation whose previous investigation is on the device: then and now. */
  comparison?: InvestigationComparison;
}

/** The report, ready to render. */
export interface ReportModel {
  range: DayRange;
  summary: {
    diaryEntries: number;
    focusingSessions: number;
    investigations: number;
    activeThemes: number;
    reportNotes: number;
  };
  investigations: ReportInvestigation[];
  themes: ThemeRecord[];
  diary: DiaryDigest;
  /** The diary forms in the period, oldest first (the coach chooses which to print). */
  diaryForms: DiaryEntryRecord[];
  focusing: FocusingDigest;
  ownReports: OwnReportRecord[];
  notes: CoachNoteRecord[];
}

/** True when the range is well-formed: two dates with `from` not after `to`. */
export function isValidRange(range: DayRange): boolean {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  return day.test(range.from) && day.test(range.to) && range.from <= range.to;
}

/** Builds the report model; records outside the range or deleted are left out. */
export function buildReport(input: ReportInput): ReportModel {
  const dayOf = input.dayOf ?? ((iso: string) => dayKeyOf(iso));
  const inRange = (iso: string) => {
    const day = dayOf(iso);
    return day >= input.range.from && day <= input.range.to;
  };

  const diary = live(input.diary).filter((e) => inRange(e.occurredAt));
  const focusing = live(input.focusing).filter((s) => inRange(s.occurredAt));
  const valuations = live(input.valuations);
  const all = live(input.investigations);
  const investigations = all
    .filter((i) => inRange(i.startedAt))
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
    .map((investigation) => {
      const summary = summarizeInvestigation(investigation, valuations);
      const printout = printoutFigures(
        investigation.affectList,
        { general: investigation.generalFeeling, ideal: investigation.idealFeeling },
        valuations.filter((v) => v.investigationId === investigation.id),
      );
      // The previous investigation may lie before the period: it is looked up among all.
      const previous =
        investigation.kind === 're' && investigation.previousInvestigationId
          ? all.find((i) => i.id === investigation.previousInvestigationId)
          : undefined;
      return previous
        ? {
            investigation,
            summary,
            printout,
            comparison: compareSummaries(summarizeInvestigation(previous, valuations), summary),
          }
        : { investigation, summary, printout };
    });
  const themes = live(input.themes).sort((a, b) => a.title.localeCompare(b.title));
  const notes = live(input.notes)
    .filter((n) => n.visibility === 'report')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  return {
    range: input.range,
    summary: {
      diaryEntries: diary.length,
      focusingSessions: focusing.length,
      investigations: investigations.length,
      activeThemes: themes.length,
      reportNotes: notes.length,
    },
    investigations,
    themes,
    diary: digestDiary(diary),
    diaryForms: [...diary].sort(
      (a, b) => a.occurredAt.localeCompare(b.occurredAt) || (a.id < b.id ? -1 : 1),
    ),
    focusing: digestFocusing(focusing),
    ownReports: live(input.ownReports),
    notes,
  };
}

// The words of the coach's CSV files in each language: column headers and the codes inside
// the cells (area, phase, kind of row, time frame). A spreadsheet shows them as they are, so a
// Dutch coach gets Dutch headers and "thuis" rather than "home". The record ids and the ISO
// instant stay as they are: they are what joins a row back to the record.

import type { Phase } from '../records/base';
import type { LifeArea } from '../records/diary';
import type { TimeFrame, ValuationRecord } from '../records/zkm';
import type { ZkmLanguage } from '../zkm/labels';

/** The columns of the diary CSV, in order. */
export const diaryCsvColumns = [
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
  'interplay',
  'themeStrength',
  'theme',
  'valuation',
  'phase',
  'bodyNote',
  'triedNew',
  'triedNewOutcome',
] as const;

/** The columns of the ZKM ratings CSV, in order. */
export const zkmCsvColumns = [
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

type DiaryColumn = (typeof diaryCsvColumns)[number];
type ZkmColumn = (typeof zkmCsvColumns)[number];
/** What a row of the ZKM CSV holds: the general feeling, the ideal feeling or a valuation. */
export type ZkmRowKind = 'general' | 'ideal' | 'valuation';

/** Every word a CSV file shows, in one language. */
export interface CsvWords {
  diary: Record<DiaryColumn, string>;
  zkm: Record<ZkmColumn, string>;
  area: Record<LifeArea, string>;
  phase: Record<Phase, string>;
  investigationKind: Record<'first' | 're', string>;
  rowKind: Record<ZkmRowKind, string>;
  timeFrame: Record<TimeFrame, string>;
  change: Record<NonNullable<ValuationRecord['change']>, string>;
}

const words: Record<ZkmLanguage, CsvWords> = {
  en: {
    diary: {
      id: 'id',
      occurredAt: 'occurred at (UTC)',
      date: 'date',
      time: 'time',
      area: 'area',
      situation: 'situation',
      thinking: 'thinking',
      feelingWords: 'feeling',
      feelingIntensity: 'feeling intensity (0-10)',
      affectRatings: 'affect ratings (0-5)',
      acting: 'acting',
      consequence: 'consequence',
      interplay: 'how thinking, feeling and acting hung together',
      themeStrength: 'how strongly the theme played (0-10)',
      theme: 'theme',
      valuation: 'valuation',
      phase: 'phase',
      bodyNote: 'body',
      triedNew: 'tried something new',
      triedNewOutcome: 'how it went',
    },
    zkm: {
      investigationId: 'investigation id',
      investigation: 'self-investigation',
      investigationKind: 'kind',
      startedAt: 'started at (UTC)',
      rowKind: 'row',
      valuationId: 'valuation id',
      valuationOrder: 'valuation number',
      valuation: 'valuation',
      timeFrame: 'time frame',
      change: 'change',
      termId: 'term id',
      term: 'affect term',
      index: 'index',
      rating: 'rating (0-5)',
    },
    area: { home: 'home', work: 'work', other: 'other' },
    phase: { attending: 'attending', creating: 'creating', anchoring: 'anchoring' },
    investigationKind: { first: 'first investigation', re: 're-investigation' },
    rowKind: { general: 'general feeling', ideal: 'ideal feeling', valuation: 'valuation' },
    timeFrame: { past: 'past', present: 'present', future: 'future' },
    change: { new: 'new', kept: 'kept', modified: 'reformulated' },
  },
  nl: {
    diary: {
      id: 'id',
      occurredAt: 'moment (UTC)',
      date: 'datum',
      time: 'tijd',
      area: 'gebied',
      situation: 'situatie',
      thinking: 'denken',
      feelingWords: 'voelen',
      feelingIntensity: 'sterkte van het gevoel (0-10)',
      affectRatings: 'gevoelsscores (0-5)',
      acting: 'doen',
      consequence: 'gevolg',
      interplay: 'hoe denken, voelen en doen samenhingen',
      themeStrength: 'hoe sterk het thema speelde (0-10)',
      theme: 'thema',
      valuation: 'waardering',
      phase: 'fase',
      bodyNote: 'lichaam',
      triedNew: 'iets nieuws geprobeerd',
      triedNewOutcome: 'hoe het ging',
    },
    zkm: {
      investigationId: 'id zelfonderzoek',
      investigation: 'zelfonderzoek',
      investigationKind: 'soort',
      startedAt: 'begonnen (UTC)',
      rowKind: 'rij',
      valuationId: 'id waardering',
      valuationOrder: 'nummer waardering',
      valuation: 'waardering',
      timeFrame: 'tijd',
      change: 'verandering',
      termId: 'id gevoelsterm',
      term: 'gevoelsterm',
      index: 'index',
      rating: 'score (0-5)',
    },
    area: { home: 'thuis', work: 'werk', other: 'anders' },
    phase: { attending: 'aandachtsfase', creating: 'creatiefase', anchoring: 'verankeringsfase' },
    investigationKind: { first: 'eerste zelfonderzoek', re: 'herhalingsonderzoek' },
    rowKind: { general: 'algemeen gevoel', ideal: 'ideaal gevoel', valuation: 'waardering' },
    timeFrame: { past: 'verleden', present: 'heden', future: 'toekomst' },
    change: { new: 'nieuw', kept: 'gehandhaafd', modified: 'geherformuleerd' },
  },
};

/** The CSV words of `language`. */
export function csvWords(language: ZkmLanguage): CsvWords {
  return words[language];
}

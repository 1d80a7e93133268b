// Whole datasets from a seed: one client's device (the export/import and diary benchmarks) and
// a coach's device with many clients (the coach dashboard benchmark).
import type { RecordOf, RecordType } from '../../src/domain/records';
import { Rng } from './random';
import {
  type GenContext,
  generateAffectList,
  generateDiaryEntry,
  generateFocusingSession,
  generateInvestigation,
  generateTheme,
} from './records';
import { MomentSampler } from './time';

/** Records per type, as stored in the database and carried in a bundle. */
export type Dataset = { [T in RecordType]: RecordOf<T>[] };

/** How much one client's device holds. */
export interface ClientSize {
  diaryEntries: number;
  focusingSessions: number;
  investigations: number;
  valuationsPerInvestigation: number;
  themes: number;
  /** Days the data is spread over, ending at `end`. */
  spanDays: number;
}

/** The dataset of the issues: 10,000 entries, 2,000 sessions, 5 investigations of 40. */
export const fullClientSize: ClientSize = {
  diaryEntries: 10_000,
  focusingSessions: 2_000,
  investigations: 5,
  valuationsPerInvestigation: 40,
  themes: 6,
  spanDays: 3 * 365,
};

/** A small dataset for the quick run (CI). */
export const quickClientSize: ClientSize = {
  diaryEntries: 500,
  focusingSessions: 100,
  investigations: 2,
  valuationsPerInvestigation: 20,
  themes: 3,
  spanDays: 180,
};

/** A year of one coached client: a few entries a week, sessions, a first and a re-investigation. */
export const coachClientSize: ClientSize = {
  diaryEntries: 200,
  focusingSessions: 30,
  investigations: 2,
  valuationsPerInvestigation: 30,
  themes: 4,
  spanDays: 365,
};

/** The fixed end of the generated span, so a seed always gives the same records. */
export const DEFAULT_END = new Date('2026-01-15T18:00:00.000Z');

/** Options for one client's data. */
export interface ClientOptions {
  seed: number;
  ownerId?: string;
  size?: ClientSize;
  end?: Date | undefined;
  /** Share of records in Dutch; the rest are in English. */
  dutchShare?: number;
}

/** One client's records, deterministic from the seed. */
export function generateClientData(options: ClientOptions): Dataset {
  const rng = new Rng(options.seed);
  const size = options.size ?? fullClientSize;
  const end = options.end ?? DEFAULT_END;
  const ownerId = options.ownerId ?? rng.uuid();
  const ctx: GenContext = {
    rng,
    ownerId,
    end,
    moments: new MomentSampler(rng, end, size.spanDays),
    dutchShare: options.dutchShare ?? 0.6,
  };
  const affectList = generateAffectList(ctx);
  delete affectList.deletedAt;
  const investigations: Dataset['investigations'] = [];
  const valuations: Dataset['valuations'] = [];
  let previous: ReturnType<typeof generateInvestigation> | undefined;
  for (let i = 0; i < size.investigations; i++) {
    const made = generateInvestigation(ctx, {
      affectList,
      valuationCount: size.valuationsPerInvestigation,
      previous,
    });
    investigations.push(made.investigation);
    valuations.push(...made.valuations);
    previous = made;
  }
  const valuationIds = valuations.map((valuation) => valuation.id);
  const themes = Array.from({ length: size.themes }, () => generateTheme(ctx, valuationIds));
  const themeIds = themes.map((theme) => theme.id);
  const diaryEntries = Array.from({ length: size.diaryEntries }, () =>
    generateDiaryEntry(ctx, { themeIds, valuationIds, affectListId: affectList.id }),
  ).sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  const diaryEntryIds = diaryEntries.map((entry) => entry.id);
  const focusingSessions = Array.from({ length: size.focusingSessions }, () =>
    generateFocusingSession(ctx, { themeIds, diaryEntryIds }),
  ).sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  return {
    diaryEntries,
    investigations,
    valuations,
    affectLists: [affectList],
    focusingSessions,
    themes,
    ownReports: [],
    coachNotes: [],
    assignments: [],
    questionSets: [],
    discussions: [],
    helpContacts: [],
  };
}

/** A coach's device: `clients` clients with a year of data each, half Dutch, half English. */
export function generateCoachData(options: {
  seed: number;
  clients: number;
  size?: ClientSize;
  end?: Date;
}): { clientIds: string[]; records: Dataset } {
  const rng = new Rng(options.seed);
  const clientIds: string[] = [];
  const records: Dataset = {
    diaryEntries: [],
    investigations: [],
    valuations: [],
    affectLists: [],
    focusingSessions: [],
    themes: [],
    ownReports: [],
    coachNotes: [],
    assignments: [],
    questionSets: [],
    discussions: [],
    helpContacts: [],
  };
  for (let i = 0; i < options.clients; i++) {
    const ownerId = rng.uuid();
    clientIds.push(ownerId);
    const data = generateClientData({
      seed: rng.int(1, 2 ** 31),
      ownerId,
      size: options.size ?? coachClientSize,
      end: options.end,
      dutchShare: i % 2 === 0 ? 0.95 : 0.05,
    });
    for (const type of Object.keys(records) as RecordType[]) {
      (records[type] as unknown[]).push(...data[type]);
    }
  }
  return { clientIds, records };
}

/** Total number of records in a dataset. */
export function countRecords(data: Dataset): number {
  return Object.values(data).reduce((sum, list) => sum + list.length, 0);
}

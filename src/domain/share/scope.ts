// What an export takes along: sections, an optional date range, and never private records.
import { dayBounds, parseDayKey } from '../dates';
import type { RecordBase, RecordType } from '../records/index';
import { isLive } from '../records/live';
import { isEmptyRecord } from './empty';

/** The sections a client can choose to share (each maps to one or more record types). */
export type ShareSection = 'diary' | 'zkm' | 'focusing' | 'themes' | 'ownReport' | 'coach';

/** Every section a client chooses from, in the order the export screen lists them. */
export const shareSections: readonly ShareSection[] = [
  'diary',
  'zkm',
  'focusing',
  'themes',
  'ownReport',
];

/** What a backup holds: every section, the coach's notes and assignments included. */
export const backupSections: readonly ShareSection[] = [...shareSections, 'coach'];

/** The record types each section covers. */
export const sectionTypes: Readonly<Record<ShareSection, readonly RecordType[]>> = {
  diary: ['diaryEntries'],
  // An investigation is unreadable without its valuations and the affect list it used.
  // Its discussion goes with it: the person's own reading of the results.
  zkm: ['investigations', 'valuations', 'affectLists', 'discussions'],
  focusing: ['focusingSessions'],
  themes: ['themes'],
  ownReport: ['ownReports'],
  // Notes, assignments, question sets and the help-page contact the coach sent back (owned by
  // the coach), or a coach's own.
  coach: ['coachNotes', 'assignments', 'questionSets', 'helpContacts'],
};

/** What the user chose: sections and an optional inclusive date range (ISO strings). */
export interface ShareChoice {
  sections: readonly ShareSection[];
  from?: string;
  to?: string;
}

/** A record as far as selection looks at it: the header plus the dated fields some types have. */
export type Selectable = RecordBase & {
  occurredAt?: string;
  startedAt?: string;
  investigationId?: string;
};

/** The record types a choice covers, in registry order of the sections. */
export function typesOf(sections: readonly ShareSection[]): RecordType[] {
  return [...new Set(sections.flatMap((s) => sectionTypes[s]))];
}

/**
 * The instants of a range of local days picked in date inputs: from the first moment of `from`
 * to the last of `to`, both in the device's time zone, as the diary's moments are. An empty
 * or malformed end leaves that side open.
 */
export function localDayRange(from: string, to: string): { from?: string; to?: string } {
  const first = parseDayKey(from);
  const last = parseDayKey(to);
  return {
    ...(first ? { from: dayBounds(first).start.toISOString() } : {}),
    ...(last ? { to: new Date(dayBounds(last).end.getTime() - 1).toISOString() } : {}),
  };
}

/** The date that places a record in a date range; undated types (themes, lists) have none. */
export function datedAt(type: RecordType, record: Selectable): string | undefined {
  if (type === 'diaryEntries' || type === 'focusingSessions') return record.occurredAt;
  if (type === 'investigations') return record.startedAt;
  return undefined;
}

/** True when `iso` lies in [from, to] (either end open when absent). */
export function inRange(iso: string, from?: string, to?: string): boolean {
  const t = Date.parse(iso);
  if (from !== undefined && t < Date.parse(from)) return false;
  if (to !== undefined && t > Date.parse(to)) return false;
  return true;
}

/** How an export differs from a backup, which keeps the device's complete state. */
export interface SelectOptions {
  /** Private records go along (backups). */
  includePrivate?: boolean;
  /** Every owner's records go along, the coach's included (backups). */
  anyOwner?: boolean;
  /** The fictional example records go along: only when the user asks for them explicitly. */
  includeExamples?: boolean;
  /** Records with nothing of the user in them go along (backups, so a session resumes). */
  includeEmpty?: boolean;
}

/** Types that belong to one investigation and go only where it goes. */
const followsInvestigation: ReadonlySet<RecordType> = new Set(['valuations', 'discussions']);

/**
 * Selects the records to export: only the chosen sections, owned by `ownerId`, never private,
 * never example data unless asked, never an empty session, dated entries within the range;
 * valuations and discussions follow their investigation. Tombstones travel.
 */
export function selectRecords(
  all: { readonly [K in RecordType]: readonly Selectable[] },
  ownerId: string,
  choice: ShareChoice,
  options: SelectOptions = {},
): Record<RecordType, Selectable[]> {
  const chosen = new Set(typesOf(choice.sections));
  const keep = (type: RecordType, r: Selectable): boolean => {
    // A backup holds everything on the device, whoever owns it; an export only one's own.
    if (!chosen.has(type) || (options.anyOwner !== true && r.ownerId !== ownerId)) return false;
    if (r.private === true && options.includePrivate !== true) return false;
    if (r.example === true && options.includeExamples !== true) return false;
    if (options.includeEmpty !== true && isEmptyRecord(type, r)) return false;
    const at = datedAt(type, r);
    return at === undefined || inRange(at, choice.from, choice.to);
  };
  const out = {} as Record<RecordType, Selectable[]>;
  for (const type of Object.keys(all) as RecordType[]) {
    out[type] = all[type].filter((r) => !followsInvestigation.has(type) && keep(type, r));
  }
  const investigations = new Set((out.investigations ?? []).map((r) => r.id));
  for (const type of followsInvestigation) {
    out[type] = (all[type] ?? []).filter(
      (r) =>
        keep(type, r) && r.investigationId !== undefined && investigations.has(r.investigationId),
    );
  }
  return out;
}

/** How many records a choice leaves behind because they are private. */
export function countPrivate(
  all: { readonly [K in RecordType]: readonly Selectable[] },
  ownerId: string,
  sections: readonly ShareSection[],
): number {
  const chosen = new Set(typesOf(sections));
  let n = 0;
  for (const type of Object.keys(all) as RecordType[]) {
    if (!chosen.has(type)) continue;
    n += all[type].filter((r) => r.ownerId === ownerId && r.private === true && isLive(r)).length;
  }
  return n;
}

/** How many of the selected records are example data (to say so in the summary). */
export function countExamples(
  selected: { readonly [K in RecordType]?: readonly Selectable[] },
): number {
  let n = 0;
  for (const records of Object.values(selected)) {
    n += (records ?? []).filter((r) => r.example === true && isLive(r)).length;
  }
  return n;
}

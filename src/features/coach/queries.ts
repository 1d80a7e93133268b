// The coach's reads: one client's material and the coach's own records about them. Reads use
// the per-owner indexes, so a client with a year of data never loads the other clients, and
// read only what a page shows: counts come from the client's row, timelines from their newest
// end, and "new since the last import" reads at most the records it lists.
import {
  allClients,
  clientById,
  clientName,
  importsOf,
  type RecordCounts,
  recordCountsOf,
} from '../../db/clients';
import type { ClientRow, ImportLogRow } from '../../db/database';
import {
  allRecords,
  liveOwnerRecords,
  newestLive,
  recordsById,
  recordsWhere,
  type TimelineType,
  timelineOf,
} from '../../db/read';
import { latestImport } from '../../domain/coach/changes';
import { otherClientsSets, receivedQuestionSets } from '../../domain/coach/question-set';
import { storedDay } from '../../domain/dates';
import type {
  AssignmentRecord,
  CoachNoteRecord,
  DiaryEntryRecord,
  DiscussionRecord,
  FocusingSessionRecord,
  InvestigationRecord,
  OwnReportRecord,
  RecordOf,
  RecordType,
  ThemeRecord,
  ValuationRecord,
} from '../../domain/records';
import { isLive, recordTypes } from '../../domain/records';
import { recordDate } from './text';

/** How many newest items a material section lists. */
export const NEWEST_COUNT = 5;

/** How many records "new since the last import" lists. */
export const FRESH_COUNT = 20;

const owned = liveOwnerRecords;
const newest = newestLive;

/** Everything the client page shows. */
export interface ClientPageData {
  client: ClientRow;
  counts: RecordCounts;
  latest: ImportLogRow | undefined;
  /** What the latest import added or updated, newest first, at most FRESH_COUNT. */
  fresh: TypedRecord[];
  diary: DiaryEntryRecord[];
  focusing: FocusingSessionRecord[];
  investigations: InvestigationRecord[];
  valuations: ValuationRecord[];
  themes: ThemeRecord[];
  ownReports: OwnReportRecord[];
  /** The client's discussions of their results (to name what a note is about). */
  discussions: DiscussionRecord[];
  notes: CoachNoteRecord[];
  assignments: AssignmentRecord[];
  /** Notes and assignments with tombstones, so a return bundle carries deletions too. */
  allNotes: CoachNoteRecord[];
  allAssignments: AssignmentRecord[];
}

/** Loads one client's page, or undefined when the client is unknown. */
export async function loadClientPage(clientId: string): Promise<ClientPageData | undefined> {
  const client = await clientById(clientId);
  if (!client) return undefined;
  const [
    counts,
    logs,
    diary,
    focusing,
    investigations,
    valuations,
    themes,
    ownReports,
    discussions,
  ] = await Promise.all([
    recordCountsOf(client),
    importsOf(clientId),
    newest('diaryEntries', clientId, NEWEST_COUNT),
    newest('focusingSessions', clientId, NEWEST_COUNT),
    owned('investigations', clientId),
    owned('valuations', clientId),
    owned('themes', clientId),
    owned('ownReports', clientId),
    owned('discussions', clientId),
  ]);
  const latest = latestImport(logs);
  const [notes, assignments, fresh] = await Promise.all([
    recordsWhere('coachNotes', 'clientId', clientId),
    recordsWhere('assignments', 'clientId', clientId),
    latest
      ? freshRecords(latest, { investigations, valuations, themes, ownReports })
      : Promise.resolve([]),
  ]);
  return {
    client,
    counts,
    latest,
    fresh,
    diary,
    focusing,
    investigations: investigations.sort((a, b) => b.startedAt.localeCompare(a.startedAt)),
    valuations,
    themes: themes.sort((a, b) => a.title.localeCompare(b.title)),
    ownReports,
    discussions,
    notes: notes.filter(isLive),
    assignments: assignments.filter(isLive),
    allNotes: notes,
    allAssignments: assignments,
  };
}

/** A record a change or note points at, with its type. */
export interface TypedRecord {
  type: RecordType;
  record: RecordOf<RecordType>;
}

/** Live records of the types a caller has already read in full (their live records). */
export type LoadedRecords = { [T in RecordType]?: readonly RecordOf<T>[] };

/**
 * A total order: newest first by the date a record is about (the date the list shows), and
 * among records of the same moment the higher id first. That is the order of the timeline
 * index read backwards (its key, then the primary key), so the keys-first walk and this sort
 * agree on ties. Code-unit comparison, as IndexedDB compares keys (not the locale's).
 */
const byDateDesc = (a: TypedRecord, b: TypedRecord) =>
  descending(recordDate(a.record), recordDate(b.record)) || descending(a.record.id, b.record.id);

/** Sorts `a` before `b` when it is greater (code units). */
const descending = (a: string, b: string) => (a > b ? -1 : a < b ? 1 : 0);

/**
 * The `limit` records an import added or updated that are newest by the date they are about
 * (when it happened, was started or made), newest first. Reads no more than it lists: types in
 * `loaded` are taken from there, and a timeline with more changed ids than `limit` is walked
 * from its newest end by key, reading only the records that make the list.
 */
export async function freshRecords(
  log: ImportLogRow,
  loaded: LoadedRecords = {},
  limit = FRESH_COUNT,
): Promise<TypedRecord[]> {
  const found: TypedRecord[] = [];
  for (const type of recordTypes) {
    const ids = new Set([...(log.added[type] ?? []), ...(log.updated[type] ?? [])]);
    if (ids.size === 0) continue;
    const records = await freshOfType(type, ids, log.clientId, loaded[type], limit);
    for (const record of records) found.push({ type, record });
  }
  return found.sort(byDateDesc).slice(0, limit);
}

/** The live records among `ids` of one type that can make the newest `limit`. */
async function freshOfType<T extends RecordType>(
  type: T,
  ids: ReadonlySet<string>,
  ownerId: string,
  loaded: readonly RecordOf<T>[] | undefined,
  limit: number,
): Promise<RecordOf<T>[]> {
  const found: RecordOf<T>[] = [];
  let unread = [...ids];
  if (loaded) {
    for (const record of loaded) if (ids.has(record.id)) found.push(record);
    const seen = new Set(found.map((r) => r.id));
    unread = unread.filter((id) => !seen.has(id));
  } else if ((type === 'diaryEntries' || type === 'focusingSessions') && ids.size > limit) {
    // Keys only, newest first; then records in batches until `limit` live ones are found.
    const ordered = (await timelineKeys(type, ownerId)).filter((id) => ids.has(id));
    for (let i = 0; i < ordered.length && found.length < limit; i += limit) {
      const rows = await recordsById(type, ordered.slice(i, i + limit));
      found.push(...(rows.filter(isLive) as RecordOf<T>[]));
    }
    const inTimeline = new Set(ordered);
    unread = unread.filter((id) => !inTimeline.has(id));
  }
  // What is left: a small type, a short list, or an id outside the owner's records (rare).
  if (unread.length > 0) {
    const rows = await recordsById(type, unread);
    found.push(...(rows.filter(isLive) as RecordOf<T>[]));
  }
  return found;
}

/** The primary keys of `ownerId`'s records of a timeline, newest first (no record is read). */
function timelineKeys(type: TimelineType, ownerId: string): Promise<string[]> {
  return timelineOf(type, ownerId).reverse().primaryKeys();
}

/** Every live record of `ownerId` of the given types, for the report and the CSV exports. */
export async function loadForReport(clientId: string) {
  const [diary, focusing, investigations, valuations, themes, ownReports, notes, client] =
    await Promise.all([
      owned('diaryEntries', clientId),
      owned('focusingSessions', clientId),
      owned('investigations', clientId),
      owned('valuations', clientId),
      owned('themes', clientId),
      owned('ownReports', clientId),
      recordsWhere('coachNotes', 'clientId', clientId),
      clientById(clientId),
    ]);
  return { client, diary, focusing, investigations, valuations, themes, ownReports, notes };
}

/** Every live note of the coach about a known client, with the names clients go by. */
export async function loadAllNotes() {
  const [notes, clients] = await Promise.all([allRecords('coachNotes'), allClients()]);
  const names = new Map(clients.map((c) => [c.id, clientName(c)]));
  // Only notes about known clients: a client device holds notes received from its coach.
  return { notes: notes.filter((n) => names.has(n.clientId) && isLive(n)), names };
}

/** The coach's question sets for other clients, each with the name that client goes by. */
export async function setsOfOtherClients(coachId: string | null, clientId: string) {
  const [sets, clients] = await Promise.all([allRecords('questionSets'), allClients()]);
  const names = new Map(clients.map((c) => [c.id, clientName(c)]));
  return otherClientsSets(sets, coachId, clientId).flatMap((set) => {
    const client = names.get(set.clientId ?? '');
    return client ? [{ set, client }] : [];
  });
}

/** What a coach sent this profile: assignments, notes for the client, question sets. */
export async function loadWorkbook(profileId: string | null) {
  if (!profileId) return { assignments: [], notes: [], questionSets: [] };
  const [assignments, notes, sets] = await Promise.all([
    recordsWhere('assignments', 'clientId', profileId),
    recordsWhere('coachNotes', 'clientId', profileId),
    allRecords('questionSets'),
  ]);
  return {
    questionSets: receivedQuestionSets(sets, profileId),
    // Only what a coach sent: records owned by someone else, addressed to this profile.
    assignments: assignments
      .filter((a) => isLive(a) && a.ownerId !== profileId)
      .sort((a, b) => assignmentOrder(b).localeCompare(assignmentOrder(a))),
    notes: notes
      .filter((n) => isLive(n) && n.visibility === 'client' && n.ownerId !== profileId)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
  };
}

/** What orders assignments, newest first: the first day of the period, else the creation. */
function assignmentOrder(assignment: AssignmentRecord): string {
  return assignment.startsOn ? storedDay(assignment.startsOn) : assignment.createdAt;
}

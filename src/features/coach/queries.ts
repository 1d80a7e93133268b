// The coach's reads: one client's material and the coach's own records about them. Reads use
// the per-owner indexes, so a client with a year of data never loads the other clients.
import { countClientRecords, type RecordCounts } from '../../db/clients';
import { type ClientRow, getDatabase, type ImportLogRow } from '../../db/database';
import { latestImport } from '../../domain/coach/changes';
import type {
  AssignmentRecord,
  CoachNoteRecord,
  DiaryEntryRecord,
  FocusingSessionRecord,
  InvestigationRecord,
  OwnReportRecord,
  RecordOf,
  RecordType,
  ThemeRecord,
  ValuationRecord,
} from '../../domain/records';

/** How many newest items a material section lists. */
export const NEWEST_COUNT = 5;

/** Live records of `ownerId` in a table indexed by ownerId. */
async function owned<T extends RecordType>(type: T, ownerId: string): Promise<RecordOf<T>[]> {
  const rows = (await getDatabase()
    [type].where('ownerId')
    .equals(ownerId)
    .toArray()) as RecordOf<T>[];
  return rows.filter((r) => r.deletedAt === undefined);
}

/** The newest live records of a timeline, read backwards along [ownerId+occurredAt]. */
async function newest<T extends 'diaryEntries' | 'focusingSessions'>(
  type: T,
  ownerId: string,
  limit: number,
): Promise<RecordOf<T>[]> {
  const db = getDatabase();
  const table = db[type] as unknown as import('dexie').Table<RecordOf<T>, string>;
  return table
    .where('[ownerId+occurredAt]')
    .between([ownerId, ''], [ownerId, '\uffff'])
    .reverse()
    .filter((r) => r.deletedAt === undefined)
    .limit(limit)
    .toArray();
}

/** Everything the client page shows. */
export interface ClientPageData {
  client: ClientRow;
  counts: RecordCounts;
  latest: ImportLogRow | undefined;
  diary: DiaryEntryRecord[];
  focusing: FocusingSessionRecord[];
  investigations: InvestigationRecord[];
  valuations: ValuationRecord[];
  themes: ThemeRecord[];
  ownReports: OwnReportRecord[];
  notes: CoachNoteRecord[];
  assignments: AssignmentRecord[];
  /** Notes and assignments with tombstones, so a return bundle carries deletions too. */
  allNotes: CoachNoteRecord[];
  allAssignments: AssignmentRecord[];
}

/** Loads one client's page, or undefined when the client is unknown. */
export async function loadClientPage(clientId: string): Promise<ClientPageData | undefined> {
  const db = getDatabase();
  const client = await db.clients.get(clientId);
  if (!client) return undefined;
  const [counts, logs, diary, focusing, investigations, valuations, themes, ownReports] =
    await Promise.all([
      countClientRecords(db, clientId),
      db.importLog.where('clientId').equals(clientId).toArray(),
      newest('diaryEntries', clientId, NEWEST_COUNT),
      newest('focusingSessions', clientId, NEWEST_COUNT),
      owned('investigations', clientId),
      owned('valuations', clientId),
      owned('themes', clientId),
      owned('ownReports', clientId),
    ]);
  const [notes, assignments] = await Promise.all([
    db.coachNotes.where('clientId').equals(clientId).toArray(),
    db.assignments.where('clientId').equals(clientId).toArray(),
  ]);
  return {
    client,
    counts,
    latest: latestImport(logs),
    diary,
    focusing,
    investigations: investigations.sort((a, b) => b.startedAt.localeCompare(a.startedAt)),
    valuations,
    themes: themes.sort((a, b) => a.title.localeCompare(b.title)),
    ownReports,
    notes: notes.filter((n) => n.deletedAt === undefined),
    assignments: assignments.filter((a) => a.deletedAt === undefined),
    allNotes: notes,
    allAssignments: assignments,
  };
}

/** A record a change or note points at, with its type. */
export interface TypedRecord {
  type: RecordType;
  record: RecordOf<RecordType>;
}

/** The records an import added or updated, newest first, at most `limit` of them. */
export async function freshRecords(log: ImportLogRow, limit = 20): Promise<TypedRecord[]> {
  const db = getDatabase();
  const found: TypedRecord[] = [];
  for (const type of Object.keys({ ...log.added, ...log.updated }) as RecordType[]) {
    const ids = [...new Set([...(log.added[type] ?? []), ...(log.updated[type] ?? [])])];
    const rows = (await db[type].bulkGet(ids)) as (RecordOf<RecordType> | undefined)[];
    for (const record of rows) {
      if (record && record.deletedAt === undefined) found.push({ type, record });
    }
  }
  return found.sort((a, b) => b.record.updatedAt.localeCompare(a.record.updatedAt)).slice(0, limit);
}

/** Every live record of `ownerId` of the given types, for the report and the CSV exports. */
export async function loadForReport(clientId: string) {
  const db = getDatabase();
  const [diary, focusing, investigations, valuations, themes, ownReports, notes, client] =
    await Promise.all([
      owned('diaryEntries', clientId),
      owned('focusingSessions', clientId),
      owned('investigations', clientId),
      owned('valuations', clientId),
      owned('themes', clientId),
      owned('ownReports', clientId),
      db.coachNotes.where('clientId').equals(clientId).toArray(),
      db.clients.get(clientId),
    ]);
  return { client, diary, focusing, investigations, valuations, themes, ownReports, notes };
}

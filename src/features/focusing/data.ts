// The focusing feature's data access: the session repository and the live lists it reads
// (its own sessions, and the diary entries, themes and valuations a session can link to).
import { ownerRecords, recordById, recordsWhere } from '../../db/read';
import { Repository } from '../../db/repository';
import type {
  DiaryEntryRecord,
  FocusingSessionRecord,
  ThemeRecord,
  ValuationRecord,
} from '../../domain/records';
import { isLive } from '../../domain/records/live';

/** Writes focusing sessions (validated, transactional, tombstones for deletes). */
export const sessionRepository = new Repository('focusingSessions');

/** Every session of `ownerId`, deleted ones included (callers filter). */
export function loadSessions(ownerId: string): Promise<FocusingSessionRecord[]> {
  return ownerRecords('focusingSessions', ownerId);
}

/** The sessions of `ownerId` still in progress, newest first. */
export async function loadInProgress(ownerId: string): Promise<FocusingSessionRecord[]> {
  const all = await recordsWhere('focusingSessions', 'status', 'in-progress');
  return all
    .filter((item) => item.ownerId === ownerId && isLive(item) && item.mode === 'guided')
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** The themes of `ownerId`, not deleted, by title. */
export async function loadThemes(ownerId: string): Promise<ThemeRecord[]> {
  const all = await ownerRecords('themes', ownerId);
  return all.filter(isLive).sort((a, b) => a.title.localeCompare(b.title));
}

/** The valuations of `ownerId`, not deleted, in list order. */
export async function loadValuations(ownerId: string): Promise<ValuationRecord[]> {
  const all = await ownerRecords('valuations', ownerId);
  return all.filter(isLive).sort((a, b) => a.order - b.order);
}

/** The live diary entry `id` of `ownerId`, or undefined (unknown, deleted, someone else's). */
export async function loadDiaryEntry(
  ownerId: string,
  id: string,
): Promise<DiaryEntryRecord | undefined> {
  const entry = await recordById('diaryEntries', id);
  return entry && isLive(entry) && entry.ownerId === ownerId ? entry : undefined;
}

/** The diary entries of `ownerId`, not deleted, newest first. */
export async function loadDiaryEntries(ownerId: string): Promise<DiaryEntryRecord[]> {
  const all = await ownerRecords('diaryEntries', ownerId);
  return all.filter(isLive).sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
}

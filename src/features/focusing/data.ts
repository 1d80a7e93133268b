// The focusing feature's data access: the session repository and the live lists it reads
// (its own sessions, and the diary entries, themes and valuations a session can link to).
import { getDatabase } from '../../db/database';
import { Repository } from '../../db/repository';
import type {
  DiaryEntryRecord,
  FocusingSessionRecord,
  ThemeRecord,
  ValuationRecord,
} from '../../domain/records';

/** Writes focusing sessions (validated, transactional, tombstones for deletes). */
export const sessionRepository = new Repository('focusingSessions');

/** Every session of `ownerId`, deleted ones included (callers filter). */
export function loadSessions(ownerId: string): Promise<FocusingSessionRecord[]> {
  return getDatabase().focusingSessions.where('ownerId').equals(ownerId).toArray();
}

/** The sessions of `ownerId` still in progress, newest first. */
export async function loadInProgress(ownerId: string): Promise<FocusingSessionRecord[]> {
  const all = await getDatabase().focusingSessions.where('status').equals('in-progress').toArray();
  return all
    .filter((item) => item.ownerId === ownerId && !item.deletedAt && item.mode === 'guided')
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** The themes of `ownerId`, not deleted, by title. */
export async function loadThemes(ownerId: string): Promise<ThemeRecord[]> {
  const all = await getDatabase().themes.where('ownerId').equals(ownerId).toArray();
  return all.filter((item) => !item.deletedAt).sort((a, b) => a.title.localeCompare(b.title));
}

/** The valuations of `ownerId`, not deleted, in list order. */
export async function loadValuations(ownerId: string): Promise<ValuationRecord[]> {
  const all = await getDatabase().valuations.where('ownerId').equals(ownerId).toArray();
  return all.filter((item) => !item.deletedAt).sort((a, b) => a.order - b.order);
}

/** The diary entries of `ownerId`, not deleted, newest first. */
export async function loadDiaryEntries(ownerId: string): Promise<DiaryEntryRecord[]> {
  const all = await getDatabase().diaryEntries.where('ownerId').equals(ownerId).toArray();
  return all
    .filter((item) => !item.deletedAt)
    .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
}

// Reads of the diary feature on top of Dexie: a page of the timeline through the occurredAt
// index (so the first page costs the same with 10 or 10,000 entries), one entry, and the
// themes and valuations an entry can link to.
import { getDatabase } from '../../db/database';
import { Repository } from '../../db/repository';
import type { DiaryEntryRecord, ThemeRecord, ValuationRecord } from '../../domain/records';

/** The diary repository: every write goes through it. */
export const diaryRepository = new Repository('diaryEntries');

/** The newest `limit` live entries of `ownerId`, plus whether older ones exist. */
export async function timelinePage(
  ownerId: string,
  limit: number,
): Promise<{ entries: DiaryEntryRecord[]; more: boolean }> {
  // The [ownerId+occurredAt] index walks only this owner's entries (a coach holds many).
  const entries = await getDatabase()
    .diaryEntries.where('[ownerId+occurredAt]')
    .between([ownerId, ''], [ownerId, '\uffff'])
    .reverse()
    .filter((entry) => !entry.deletedAt)
    .limit(limit + 1)
    .toArray();
  return { entries: entries.slice(0, limit), more: entries.length > limit };
}

/** The live themes of `ownerId`, by title. */
export async function linkableThemes(ownerId: string): Promise<ThemeRecord[]> {
  const themes = await getDatabase().themes.where('ownerId').equals(ownerId).toArray();
  return themes.filter((theme) => !theme.deletedAt).sort((a, b) => a.title.localeCompare(b.title));
}

/** The live valuations of `ownerId`, in investigation order. */
export async function linkableValuations(ownerId: string): Promise<ValuationRecord[]> {
  const valuations = await getDatabase().valuations.where('ownerId').equals(ownerId).toArray();
  return valuations
    .filter((valuation) => !valuation.deletedAt)
    .sort((a, b) =>
      a.investigationId === b.investigationId
        ? a.order - b.order
        : a.investigationId.localeCompare(b.investigationId),
    );
}

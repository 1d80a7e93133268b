// Reads of the diary feature on top of Dexie: a page of the timeline through the occurredAt
// index (so the first page costs the same with 10 or 10,000 entries), one entry, and the
// themes and valuations an entry can link to.
import { openReadableRecords, ownerRecords, timelineOf } from '../../db/read';
import { type RecordFields, Repository } from '../../db/repository';
import { compareTimeline, type TimelinePage } from '../../domain/diary/first-page';
import type { InvestigationRecord, ThemeRecord, ValuationRecord } from '../../domain/records';
import { isLive } from '../../domain/records/live';
import { noteEntryWritten } from './first-page-cache';

// Every write (remove and restore go through update) also updates the cached first page.
class DiaryRepository extends Repository<'diaryEntries'> {
  override async create(ownerId: string, fields: RecordFields<'diaryEntries'>, now?: Date) {
    const record = await super.create(ownerId, fields, now);
    noteEntryWritten(record);
    return record;
  }

  override async update(
    id: string,
    changes: Partial<RecordFields<'diaryEntries'>> & { deletedAt?: string | undefined },
    now?: Date,
  ) {
    const record = await super.update(id, changes, now);
    noteEntryWritten(record);
    return record;
  }
}

/** The diary repository: every write goes through it. */
export const diaryRepository = new DiaryRepository('diaryEntries');

/**
 * The newest `limit` live entries of `ownerId`, plus whether older ones exist; an entry that
 * is damaged (sealed, and does not open) is left out and named in `damaged`.
 */
export async function timelinePage(ownerId: string, limit: number): Promise<TimelinePage> {
  // The [ownerId+occurredAt] index walks only this owner's entries (a coach holds many).
  // isLive reads the plain deletedAt, so it filters before the sealed rows are opened.
  const rows = await timelineOf('diaryEntries', ownerId)
    .reverse()
    .filter(isLive)
    .limit(limit + 1)
    .toArray();
  const { records: entries, damaged } = await openReadableRecords('diaryEntries', rows);
  // The index orders entries of the same moment by their random id; the timeline puts the one
  // written later first. (A tie across the page's edge is rare and sorts itself on "more".)
  entries.sort(compareTimeline);
  // Whether older entries exist: with every row readable, the one read beyond the page says
  // so. With a damaged one among them, every row read may be on the page (shown or named):
  // then only a row beyond them all says so.
  const more =
    entries.length > limit ||
    (rows.length > limit &&
      (await timelineOf('diaryEntries', ownerId)
        .reverse()
        .filter(isLive)
        .offset(rows.length)
        .limit(1)
        .count()) > 0);
  // The damaged among the page's own rows (the one beyond it belongs to the next page).
  const onPage = new Set(rows.slice(0, limit).map((row) => row.id));
  const damagedHere = damaged.filter((id) => onPage.has(id));
  const page = { entries: entries.slice(0, limit), more };
  return damagedHere.length > 0 ? { ...page, damaged: damagedHere } : page;
}

/** The live themes of `ownerId`, by title. */
export async function linkableThemes(ownerId: string): Promise<ThemeRecord[]> {
  const themes = await ownerRecords('themes', ownerId);
  return themes.filter(isLive).sort((a, b) => a.title.localeCompare(b.title));
}

/** The live valuations of `ownerId`, in investigation order. */
export async function linkableValuations(ownerId: string): Promise<ValuationRecord[]> {
  const valuations = await ownerRecords('valuations', ownerId);
  return valuations
    .filter(isLive)
    .sort((a, b) =>
      a.investigationId === b.investigationId
        ? a.order - b.order
        : a.investigationId.localeCompare(b.investigationId),
    );
}

/** The client's investigations and valuations, for the list a diary form is rated on. */
export async function affectContextOf(
  ownerId: string,
): Promise<{ investigations: InvestigationRecord[]; valuations: ValuationRecord[] }> {
  const [investigations, valuations] = await Promise.all([
    ownerRecords('investigations', ownerId),
    ownerRecords('valuations', ownerId),
  ]);
  return { investigations, valuations };
}

// What the first screen shows of the user's own material: the newest diary forms, the themes
// and their phases (the week, open work and trend are read by glance-data.ts). Reads only
// what it shows, through indexes, so it stays quick with years of entries.
import { clientCount as countClients } from '../../db/clients';
import {
  openReadableRecords,
  openRecords,
  readTogether,
  recordTable,
  timelineOf,
} from '../../db/read';
import { LOCK_INVITE_AFTER_ENTRIES } from '../../domain/home/lock-invite';
import type { DiaryEntryRecord, ThemeRecord } from '../../domain/records';

/** The home screen's view of one profile's material. */
export interface HomeSummary {
  recentDiary: DiaryEntryRecord[];
  diaryCount: number;
  themes: ThemeRecord[];
  /** When a diary form of this profile was last written or changed (for the reminder). */
  lastDiaryChangeAt: string | null;
  /** Clients known from imports (for a coach). */
  clientCount: number;
  /** Nothing at all is stored for this profile. */
  empty: boolean;
  /**
   * Diary forms and focusing sessions the user wrote (live, not example data), counted only
   * up to LOCK_INVITE_AFTER_ENTRIES: enough for the lock invitation's rule, and a few keys read.
   */
  ownEntries: number;
}

const live = <T extends { deletedAt?: string | undefined }>(record: T) =>
  record.deletedAt === undefined;
// Both flags stay plain under the lock, so this filter runs before any opening.
const own = <T extends { deletedAt?: string | undefined; example?: boolean | undefined }>(
  record: T,
) => record.deletedAt === undefined && record.example !== true;

/** Reads the summary for `ownerId` in one read transaction. */
export async function loadHomeSummary(ownerId: string): Promise<HomeSummary> {
  return readTogether(
    ['diaryEntries', 'focusingSessions', 'investigations', 'themes', 'clients'],
    async () => {
      const byOwner = timelineOf('diaryEntries', ownerId);
      // A damaged entry is left out here (the diary itself says so), not the whole home.
      const { records: recentDiary } = await openReadableRecords(
        'diaryEntries',
        await byOwner.clone().reverse().filter(live).limit(3).toArray(),
      );
      const diaryCount = await byOwner.clone().filter(live).count();
      // Newest change first through the updatedAt index: on a client's device every entry is
      // its own, so this reads one record. A deleted form or the example data is not writing,
      // so neither puts the reminder's nudge away.
      const lastChanged = await recordTable('diaryEntries')
        .orderBy('updatedAt')
        .reverse()
        .filter((entry) => entry.ownerId === ownerId && own(entry))
        .first();
      const themes = await openRecords(
        'themes',
        await recordTable('themes').where('ownerId').equals(ownerId).filter(live).toArray(),
      );
      const clientCount = await countClients();
      const empty =
        diaryCount === 0 &&
        themes.length === 0 &&
        (await recordTable('investigations').where('ownerId').equals(ownerId).count()) === 0 &&
        (await recordTable('focusingSessions').where('ownerId').equals(ownerId).count()) === 0;
      const ownDiary = await byOwner
        .clone()
        .filter(own)
        .limit(LOCK_INVITE_AFTER_ENTRIES)
        .primaryKeys();
      const ownSessions =
        ownDiary.length >= LOCK_INVITE_AFTER_ENTRIES
          ? []
          : await timelineOf('focusingSessions', ownerId)
              .filter(own)
              .limit(LOCK_INVITE_AFTER_ENTRIES - ownDiary.length)
              .primaryKeys();
      return {
        recentDiary,
        diaryCount,
        themes,
        lastDiaryChangeAt: lastChanged?.updatedAt ?? null,
        clientCount,
        empty,
        ownEntries: ownDiary.length + ownSessions.length,
      };
    },
  );
}

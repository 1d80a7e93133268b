// The reads behind home at a glance: the diary forms and focusing sessions of the last weeks
// (index ranges on [ownerId+occurredAt], never a scan of all entries) and the open work. The
// day-by-day arithmetic is pure (src/domain/home/glance.ts); this module only fetches.
import { draftsStartingWith } from '../../db/drafts';
import { openReadableRecords, openRecords, readTogether, recordTable } from '../../db/read';
import { openAssignments } from '../../domain/coach/open-assignments';
import type { DayKey } from '../../domain/dates';
import { DIARY_DRAFT_PREFIX, diaryDraftTarget } from '../../domain/diary/draft-keys';
import {
  type GlanceDiary,
  type GlanceSession,
  readRange,
  trendStart,
  weekOf,
} from '../../domain/home/glance';
import type { AssignmentRecord, RecordType } from '../../domain/records';
import { isLive } from '../../domain/records/live';
import { ratingItems, ratingProgress } from '../../domain/zkm/rating-progress';

/** One piece of open work, with where to continue it. */
export type OpenItem =
  | { kind: 'assignment'; id: string; title: string; endsOn: string | undefined }
  | { kind: 'focusing'; id: string; occurredAt: string }
  | {
      kind: 'investigation';
      id: string;
      startedAt: string;
      /** Ratings still to give, or undefined when there is nothing to rate yet. */
      toRate: number | undefined;
    }
  | { kind: 'draft'; target: { kind: 'new' } | { kind: 'edit'; id: string }; savedAt: string };

/** What home at a glance shows, read from the device. */
export interface Glance {
  /** Diary forms from the trend's first week on (a day's margin on each side). */
  diary: GlanceDiary[];
  /** Focusing sessions of this week (with the same margin). */
  sessions: GlanceSession[];
  open: OpenItem[];
}

/** The records of `ownerId` along [ownerId+occurredAt] whose instant text lies in the range. */
function timelineRange<T extends 'diaryEntries' | 'focusingSessions'>(
  type: T,
  ownerId: string,
  range: { from: string; to: string },
) {
  // A chain of Dexie promises (no async function): it runs inside readTogether's transaction.
  return (
    recordTable(type)
      .where('[ownerId+occurredAt]')
      .between([ownerId, range.from], [ownerId, range.to], true, true)
      .filter(isLive)
      .toArray()
      // A damaged entry is left out of the glance (the diary itself says so), not the whole home.
      .then((rows) => openReadableRecords(type, rows))
      .then((opened) => opened.records)
  );
}

/** Reads the glance of `ownerId` for the week of `today`, in one read transaction. */
export async function loadGlance(ownerId: string, today: DayKey): Promise<Glance> {
  const week = weekOf(today);
  const tables: RecordType[] = [
    'diaryEntries',
    'focusingSessions',
    'investigations',
    'valuations',
    'assignments',
  ];
  const read = await readTogether(tables, async () => {
    const diary = await timelineRange('diaryEntries', ownerId, readRange(trendStart(today), today));
    const sessions = await timelineRange(
      'focusingSessions',
      ownerId,
      readRange(week[0] ?? today, week[6] ?? today),
    );
    // Filters on plain fields only (status, ownerId, deletedAt, completedAt), then opening.
    const unfinished = await openRecords(
      'focusingSessions',
      await recordTable('focusingSessions')
        .where('status')
        .equals('in-progress')
        .filter((session) => isLive(session) && session.ownerId === ownerId)
        .toArray(),
    );
    const investigations = (
      await openRecords(
        'investigations',
        await recordTable('investigations').where('ownerId').equals(ownerId).toArray(),
      )
    ).filter((investigation) => isLive(investigation) && investigation.completedAt === undefined);
    const investigationItems: OpenItem[] = [];
    for (const investigation of investigations) {
      const valuations = (
        await openRecords(
          'valuations',
          await recordTable('valuations')
            .where('investigationId')
            .equals(investigation.id)
            .toArray(),
        )
      ).filter(isLive);
      const progress = ratingProgress(
        investigation.affectList,
        ratingItems(valuations, investigation.generalFeeling, investigation.idealFeeling),
      );
      investigationItems.push({
        kind: 'investigation',
        id: investigation.id,
        startedAt: investigation.startedAt,
        toRate: valuations.length > 0 ? progress.total - progress.rated : undefined,
      });
    }
    // Only what a coach sent: assignments owned by someone else, addressed to this profile.
    const assignments = (
      await openRecords(
        'assignments',
        await recordTable('assignments').where('clientId').equals(ownerId).toArray(),
      )
    ).filter((assignment: AssignmentRecord) => assignment.ownerId !== ownerId);
    return { diary, sessions, unfinished, investigationItems, assignments };
  });
  const drafts = await draftsStartingWith(DIARY_DRAFT_PREFIX);
  const open: OpenItem[] = [
    ...openAssignments(read.assignments, today).map(
      (a): OpenItem => ({ kind: 'assignment', id: a.id, title: a.title, endsOn: a.endsOn }),
    ),
    ...read.unfinished
      .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt))
      .map((s): OpenItem => ({ kind: 'focusing', id: s.id, occurredAt: s.occurredAt })),
    ...read.investigationItems.sort((a, b) =>
      a.kind === 'investigation' && b.kind === 'investigation'
        ? b.startedAt.localeCompare(a.startedAt)
        : 0,
    ),
    ...drafts.flatMap((draft): OpenItem[] => {
      const target = diaryDraftTarget(draft.key);
      return target ? [{ kind: 'draft', target, savedAt: draft.savedAt }] : [];
    }),
  ];
  return {
    diary: read.diary.map((entry) => ({
      occurredAt: entry.occurredAt,
      feelingIntensity: entry.feelingIntensity,
      example: entry.example,
    })),
    sessions: read.sessions.map((session) => ({
      occurredAt: session.occurredAt,
      example: session.example,
    })),
    open,
  };
}

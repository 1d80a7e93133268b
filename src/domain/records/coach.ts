// The coach's own records about a client: notes and assignments. They are owned by the coach
// (ownerId is the coach's profile) and name the client they concern.
import { isDayKey } from '../dates';
import { MAX_REMINDER_TIMES, TIME_OF_DAY } from '../reminders/plan';
import { z } from '../zod';
import { freeText, isoDateTime, optionalText, recordBase, recordId } from './base';

/** Who may read a coach note: only the coach, the client (sent back), or the report. */
export const noteVisibility = z.enum(['private', 'client', 'report']);
/** A note's visibility. */
export type NoteVisibility = z.infer<typeof noteVisibility>;

/** The kinds of client record a note can be about. */
export const noteTargetType = z.enum([
  'diaryEntries',
  'investigations',
  'valuations',
  'focusingSessions',
  'themes',
  'ownReports',
  'discussions',
]);

/** A coach's note on a client, or on one of the client's records. */
export const coachNoteRecord = recordBase.extend({
  /** The client profile the note concerns. */
  clientId: recordId,
  targetType: noteTargetType.optional(),
  targetId: recordId.optional(),
  text: freeText.min(1),
  visibility: noteVisibility,
});
/** A stored coach note. */
export type CoachNoteRecord = z.infer<typeof coachNoteRecord>;

/**
 * A day of an assignment's period: a calendar day 'YYYY-MM-DD', the same day for coach and
 * client wherever they live. Older files hold the coach's local midnight as an instant.
 */
export const assignmentDay = z.union([
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine(isDayKey, { message: 'not a calendar day' }),
  isoDateTime,
]);

/**
 * A diary reminder a coach suggests: ISO weekdays (1 is Monday) and local times HH:MM. The
 * client may take it over in one tap; it never sets itself.
 */
export const suggestedReminder = z.object({
  days: z.array(z.number().int().min(1).max(7)).min(1).max(7),
  times: z.array(z.string().regex(TIME_OF_DAY)).min(1).max(MAX_REMINDER_TIMES),
});

/** An assignment from the coach for the time until the next session. */
export const assignmentRecord = recordBase.extend({
  clientId: recordId,
  title: z.string().min(1).max(500),
  description: optionalText,
  /** The period the assignment is for (e.g. "for two weeks"). */
  startsOn: assignmentDay.optional(),
  endsOn: assignmentDay.optional(),
  themeId: recordId.optional(),
  /** A diary reminder suggested with the assignment ("write on these days at this time"). */
  reminder: suggestedReminder.optional(),
});
/** A stored assignment. */
export type AssignmentRecord = z.infer<typeof assignmentRecord>;

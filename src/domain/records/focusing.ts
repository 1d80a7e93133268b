// Focusing session records (domain §2): six steps, distance, felt shift.
import { z } from '../zod';
import { freeText, intInRange, isoDateTime, optionalText, recordBase, recordId } from './base';

/** Distance to the felt sense. */
export const distance = z.enum(['too-close', 'right', 'too-far']);
/** A distance reading. */
export type Distance = z.infer<typeof distance>;

/** The six steps, in order. */
export const focusingStep = z.enum([
  'clearing-space',
  'felt-sense',
  'handle',
  'resonating',
  'asking',
  'receiving',
]);
/** A focusing step. */
export type FocusingStep = z.infer<typeof focusingStep>;

/** A screen of a guided session: the check-in, one of the six steps, or the check-out. */
export const guidedStage = z.enum(['check-in', ...focusingStep.options, 'check-out']);
/** A guided-session stage. */
export type GuidedStage = z.infer<typeof guidedStage>;

/** A stored focusing session, guided in the app or logged afterwards. */
export const focusingSessionRecord = recordBase.extend({
  occurredAt: isoDateTime,
  mode: z.enum(['guided', 'quick']),
  /** A guided session in progress resumes at this stage. */
  status: z.enum(['in-progress', 'done']),
  currentStep: guidedStage.optional(),
  durationMinutes: intInRange(0, 600).optional(),
  withCompanion: z.boolean().optional(),
  concernsSetAside: z.array(freeText.min(1)).max(100),
  chosenConcern: optionalText,
  bodyLocations: z.array(z.string().min(1).max(64)).max(30),
  /** The felt sense in the client's words (the quick log asks for it). */
  feltSense: optionalText,
  qualities: z
    .object({
      size: optionalText,
      shape: optionalText,
      colour: optionalText,
      temperature: optionalText,
      other: optionalText,
    })
    .optional(),
  handle: optionalText,
  handleResonated: z.boolean().optional(),
  distanceStart: distance.optional(),
  distanceEnd: distance.optional(),
  /** The light distance check at the felt sense and while asking (domain §2, safety). */
  distanceFeltSense: distance.optional(),
  distanceAsking: distance.optional(),
  /** "This is too much" was pressed during the session. */
  tooMuch: z.boolean().optional(),
  /** The session was stopped from the grounding pause, keeping what was done so far. */
  stoppedEarly: z.boolean().optional(),
  intensityBefore: intInRange(0, 10).optional(),
  intensityAfter: intInRange(0, 10).optional(),
  questions: z.array(z.object({ question: freeText, answer: optionalText })).max(100),
  receiving: optionalText,
  feltShift: z.boolean().optional(),
  feltShiftDescription: optionalText,
  nextStep: optionalText,
  /** A free note (the quick log's last field). */
  note: optionalText,
  diaryEntryIds: z.array(recordId).max(100),
  themeId: recordId.optional(),
  valuationId: recordId.optional(),
});
/** A stored focusing session. */
export type FocusingSessionRecord = z.infer<typeof focusingSessionRecord>;

// Themes and the change process (domain §1): attending, creating, anchoring.
import { z } from '../zod';
import { freeText, isoDateTime, optionalText, phase, recordBase, recordId } from './base';

/** A step the client means to take for a theme. */
export const actionPoint = z.object({
  id: recordId,
  text: freeText.min(1),
  done: z.boolean(),
});

/** One phase the theme was in, from a date. */
export const phaseChange = z.object({ phase, since: isoDateTime, note: optionalText });

/** A stored theme: linked to valuations, with goals, action points and a phase history. */
export const themeRecord = recordBase.extend({
  title: z.string().min(1).max(500),
  description: optionalText,
  valuationIds: z.array(recordId).max(200),
  goals: z.array(freeText.min(1)).max(100),
  actionPoints: z.array(actionPoint).max(200),
  phase,
  /** Oldest first; the last item is the current phase. */
  phaseHistory: z.array(phaseChange).min(1).max(100),
});
/** A stored theme. */
export type ThemeRecord = z.infer<typeof themeRecord>;

/** The client's own report at the end of a trajectory: answers to prompts, free text. */
export const ownReportRecord = recordBase.extend({
  title: z.string().max(500).optional(),
  sections: z.array(z.object({ prompt: z.string().max(2000), text: freeText })).max(50),
});
/** A stored own report. */
export type OwnReportRecord = z.infer<typeof ownReportRecord>;

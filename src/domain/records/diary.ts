// The diary form (dagboekformulier, domain §3): one concrete situation per entry.
import { z } from '../zod';
import { affectRatings } from './affect-list';
import {
  freeText,
  intInRange,
  isoDateTime,
  optionalText,
  phase,
  recordBase,
  recordId,
} from './base';

/** Areas of life a situation belongs to. */
export const lifeArea = z.enum(['home', 'work', 'other']);
/** An area of life. */
export type LifeArea = z.infer<typeof lifeArea>;

/** A stored diary entry. Only the situation is required. */
export const diaryEntryRecord = recordBase.extend({
  /** When the situation happened (may be backdated). */
  occurredAt: isoDateTime,
  area: lifeArea.optional(),
  situation: freeText.min(1),
  thinking: optionalText,
  feelingWords: optionalText,
  feelingIntensity: intInRange(0, 10).optional(),
  /** Optional 0-5 ratings on an affect list, to set beside a valuation. */
  affectListId: recordId.optional(),
  affectRatings: affectRatings.optional(),
  acting: optionalText,
  consequence: optionalText,
  /** How thinking, feeling and acting hung together in the situation (optional reflection). */
  interplay: optionalText,
  themeStrength: intInRange(0, 10).optional(),
  themeId: recordId.optional(),
  valuationId: recordId.optional(),
  phase: phase.optional(),
  bodyNote: optionalText,
  triedNew: optionalText,
  triedNewOutcome: optionalText,
});
/** A stored diary entry. */
export type DiaryEntryRecord = z.infer<typeof diaryEntryRecord>;

// The discussion of an investigation's results (bespreking, domain §1): the third part of the
// method, where the person is the expert on what each valuation means to them.
import { z } from '../zod';
import { freeText, optionalText, recordBase, recordId } from './base';

/** How a valuation's result sits with the person: it fits, it does not, or not sure yet. */
export const valuationFit = z.enum(['fits', 'doesNotFit', 'notSure']);
/** How a valuation's result sits with the person. */
export type ValuationFit = z.infer<typeof valuationFit>;

/** The person's response to one valuation's result. */
export const discussedValuation = z.object({
  valuationId: recordId,
  fit: valuationFit.optional(),
  /** In the person's own words. */
  note: optionalText,
  /** Marked as one of the key valuations. */
  key: z.boolean().optional(),
});
/** The person's response to one valuation. */
export type DiscussedValuation = z.infer<typeof discussedValuation>;

/** A theme the thread points to; `themeId` once it became a theme of the change process. */
export const discussionTheme = z.object({
  id: recordId,
  text: z.string().min(1).max(500),
  themeId: recordId.optional(),
});
/** A theme named in a discussion. */
export type DiscussionTheme = z.infer<typeof discussionTheme>;

/** A stored discussion: one per investigation, written by the client. */
export const discussionRecord = recordBase.extend({
  investigationId: recordId,
  valuations: z.array(discussedValuation).max(500),
  /** The thread running through the valuations (rode draad). */
  thread: freeText,
  themes: z.array(discussionTheme).max(50),
});
/** A stored discussion. */
export type DiscussionRecord = z.infer<typeof discussionRecord>;

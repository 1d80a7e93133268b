// ZKM self-investigation records (domain §1): investigations and their valuations.
import { z } from '../zod';
import { affectListContent, affectRatings } from './affect-list';
import { freeText, isoDateTime, recordBase, recordId } from './base';

/** The three time frames of the elicitation questions. */
export const timeFrame = z.enum(['past', 'present', 'future']);
/** A time frame. */
export type TimeFrame = z.infer<typeof timeFrame>;

/** One elicitation question as worded for this investigation. */
export const elicitationQuestion = z.object({
  key: z.string().min(1).max(64),
  timeFrame,
  text: z.string().min(1).max(2000),
});
/** An elicitation question. */
export type ElicitationQuestion = z.infer<typeof elicitationQuestion>;

/** A stored investigation: a first one or a re-investigation of an earlier one. */
export const investigationRecord = recordBase.extend({
  kind: z.enum(['first', 're']),
  previousInvestigationId: recordId.optional(),
  title: z.string().max(200).optional(),
  startedAt: isoDateTime,
  completedAt: isoDateTime.optional(),
  questionVariant: z.enum(['life', 'career']),
  questions: z.array(elicitationQuestion).max(50),
  /** The coach's question set the questions were copied from, and its name at that moment. */
  questionSetId: recordId.optional(),
  questionSetName: z.string().max(200).optional(),
  /** The list this investigation was rated on, kept as it was: later edits never change it. */
  affectListId: recordId.optional(),
  affectList: affectListContent,
  generalFeeling: affectRatings,
  idealFeeling: affectRatings,
  /** Ids of the previous investigation's valuations that were dropped. */
  droppedValuationIds: z.array(recordId).max(500).optional(),
});
/** A stored investigation. */
export type InvestigationRecord = z.infer<typeof investigationRecord>;

/** What became of a valuation in a re-investigation. */
export const valuationChange = z.enum(['new', 'kept', 'modified']);
/** What became of a valuation: new, kept or modified. */
export type ValuationChangeKind = z.infer<typeof valuationChange>;

/** A stored valuation (waardering) in the client's own words, with its ratings. */
export const valuationRecord = recordBase.extend({
  investigationId: recordId,
  text: freeText.min(1).max(2000),
  timeFrame,
  questionKey: z.string().max(64).optional(),
  /** Position in the investigation's list (for ordering; not an index). */
  order: z.number().int().min(0),
  ratings: affectRatings,
  /** In a re-investigation: the earlier valuation this one continues. */
  predecessorId: recordId.optional(),
  change: valuationChange.optional(),
});
/** A stored valuation. */
export type ValuationRecord = z.infer<typeof valuationRecord>;

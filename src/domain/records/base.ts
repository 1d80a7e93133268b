// The fields every stored record carries (design: data rules). Pure zod, no DOM.
import { z } from '../zod';

/** Longest text a single free-text field may hold (characters). */
export const MAX_TEXT = 20_000;

/** An ISO 8601 timestamp with offset or Z, as made by `Date.prototype.toISOString`. */
export const isoDateTime = z.iso.datetime({ offset: true });

/** A record id: a UUID made on the device. */
export const recordId = z.uuid();

/** Free text of at most MAX_TEXT characters; never rendered as HTML. */
export const freeText = z.string().max(MAX_TEXT);

/** Optional free text, as most fields of a form are. */
export const optionalText = freeText.optional();

/** The shared header of every record: identity, owner, timestamps, revision, tombstone. */
export const recordBase = z.object({
  id: recordId,
  /** The client profile this record belongs to. */
  ownerId: recordId,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** +1 per change; merges keep the higher rev. */
  rev: z.number().int().min(1),
  /** Set when deleted: the tombstone travels in bundles so deletions reach the coach. */
  deletedAt: isoDateTime.optional(),
  /** Marked private by the client: never leaves the device. */
  private: z.boolean().optional(),
  /** Part of the fictional example client: "Remove example data" deletes exactly these. */
  example: z.literal(true).optional(),
});

/** The header fields as a TypeScript type. */
export type RecordBase = z.infer<typeof recordBase>;

/** An integer rating within [min, max]. */
export const intInRange = (min: number, max: number) => z.number().int().min(min).max(max);

/** The three phases of the change process (domain §1). */
export const phase = z.enum(['attending', 'creating', 'anchoring']);
/** A phase of the change process. */
export type Phase = z.infer<typeof phase>;

// The coach's own contact and local resources for a client's help page. Written by the coach
// (ownerId is the coach's profile), addressed to one client, sent in a coach-return bundle and
// shown on the client's help page as plain text, beside the crisis numbers.
import type { z } from 'zod';
import { freeText, recordBase, recordId } from './base';

/** The longest contact text: a few lines of names, numbers and opening hours. */
export const HELP_CONTACT_MAX = 2_000;

/** The coach's contact and local resources for one client's help page. */
export const helpContactRecord = recordBase.extend({
  /** The client profile whose help page shows it. */
  clientId: recordId,
  text: freeText.min(1).max(HELP_CONTACT_MAX),
});
/** A stored help contact. */
export type HelpContactRecord = z.infer<typeof helpContactRecord>;

/** The live contact among `contacts`, the newest if there are more (ties by id). */
export function newestLiveContact(
  contacts: readonly HelpContactRecord[],
): HelpContactRecord | undefined {
  return contacts
    .filter((contact) => contact.deletedAt === undefined)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id))[0];
}

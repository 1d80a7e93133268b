// The coach's contact for a client's help page: read and written here, sent with every bundle
// back to that client. One live record per client; removing it leaves a tombstone, so the next
// bundle takes it off the client's help page too.
import { ownerRecords, recordsWhere } from '../../../db/read';
import { Repository } from '../../../db/repository';
import { type HelpContactRecord, newestLiveContact } from '../../../domain/records';

const contacts = new Repository('helpContacts');

/** The contacts the coach `ownerId` wrote for `clientId`, tombstones included. */
export async function helpContactsFor(
  ownerId: string,
  clientId: string,
): Promise<HelpContactRecord[]> {
  const all = await recordsWhere('helpContacts', 'clientId', clientId);
  return all.filter((contact) => contact.ownerId === ownerId);
}

/** The text of the newest live contact the coach `ownerId` wrote for any client. */
export async function latestContactText(ownerId: string): Promise<string | undefined> {
  return newestLiveContact(await ownerRecords('helpContacts', ownerId))?.text;
}

/**
 * Stores `text` as the contact for `clientId`: a new record, a change of the current one, or,
 * for an empty text, the current one removed. Says what happened.
 */
export async function saveHelpContact(
  ownerId: string,
  clientId: string,
  text: string,
  current: HelpContactRecord | undefined,
): Promise<'saved' | 'removed'> {
  const trimmed = text.trim();
  if (trimmed === '') {
    if (current) await contacts.remove(current.id);
    return 'removed';
  }
  if (current) await contacts.update(current.id, { text: trimmed });
  else await contacts.create(ownerId, { clientId, text: trimmed });
  return 'saved';
}

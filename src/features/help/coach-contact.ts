// The coach's own contact and local help on the help page: the newest one the coach sent in a
// bundle back to this client. Read from the device only, like everything on the help page.
import { useLiveQuery } from '../../db/live';
import { recordsWhere } from '../../db/read';
import { newestLiveContact } from '../../domain/records';
import { useSettings } from '../../services/settings-context';

/** The contact text a coach sent for this profile's help page, or undefined when none. */
export function useCoachContact(): string | undefined {
  const profileId = useSettings().settings.profileId ?? '';
  const contacts = useLiveQuery(
    () => recordsWhere('helpContacts', 'clientId', profileId),
    [profileId],
  );
  return contacts.status === 'ready' ? newestLiveContact(contacts.value)?.text : undefined;
}

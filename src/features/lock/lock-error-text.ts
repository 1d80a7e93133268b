// What went wrong opening the lock, for the settings' forms that ask for the secret (changing
// the passphrase, a new recovery key): each with its own words for any other failure.
import { useMessages } from '../../i18n/context';
import { useErrorText } from '../../ui/error-message';
import { lockMessages } from './messages';
import { lockErrorText } from './secret-field';

/** A function that says what went wrong opening the lock; `failed` words any other error. */
export function useLockErrorText(
  failed: 'lock.change.failed' | 'lock.renew.failed',
): (caught: unknown) => string {
  const t = useMessages(lockMessages);
  const explain = useErrorText();
  return (caught) => lockErrorText(caught, t, explain, failed);
}

// The message for each app error kind: the one table screens use to explain a failure.
import type { AppErrorKind } from '../domain/errors';
import type { MessageKey } from '../i18n/catalog';

/** The message key that explains each error kind to the user. */
export const errorMessageKey: Record<AppErrorKind, MessageKey> = {
  'storage-full': 'error.storage-full',
  'database-upgrade-blocked': 'error.database-upgrade-blocked',
  'database-newer': 'error.database-newer',
  'database-closed': 'error.database-closed',
  'storage-unavailable': 'error.storage-unavailable',
  'invalid-data': 'error.invalid-data',
  'not-found': 'error.not-found',
  aborted: 'error.aborted',
  unknown: 'error.unknown',
};

// The message for each app error kind: the one table screens use to explain a failure, and the
// hook that turns anything caught into that message in the current language.
import { useCallback } from 'preact/hooks';
import { type AppErrorKind, toAppError } from '../domain/errors';
import type { MessageKey } from '../i18n/catalog';
import { useI18n } from '../i18n/context';

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
  'damaged-record': 'error.damaged-record',
  unknown: 'error.unknown',
};

/** The message key for anything thrown: its app error kind's message, never its raw text. */
export function errorKeyOf(caught: unknown): MessageKey {
  return errorMessageKey[toAppError(caught).kind];
}

/**
 * A function that explains anything caught in the user's language (the same text for the same
 * kind everywhere), so screens never show a developer's English `message`.
 */
export function useErrorText(): (caught: unknown) => string {
  const { t } = useI18n();
  return useCallback((caught: unknown) => t(errorKeyOf(caught)), [t]);
}

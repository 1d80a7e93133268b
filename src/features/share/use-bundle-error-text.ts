// The localised explanation of a failed bundle step as one line, for screens outside the share
// feature that show it in their own status line (the coach's return bundle).
import { useCallback } from 'preact/hooks';
import { useI18n, useMessages } from '../../i18n/context';
import { formatBytes } from '../../i18n/translate';
import { errorMessageKey } from '../../ui/error-message';
import { explainError } from './error-text';
import { shareMessages } from './messages';

/** A function from a caught error to its message in the current language, detail included. */
export function useBundleErrorText(): (error: unknown) => string {
  const t = useMessages(shareMessages);
  const { t: tApp, language } = useI18n();
  return useCallback(
    (error: unknown) => {
      const text = explainError(error, {
        t,
        tApp,
        appErrorKey: (e) => errorMessageKey[e.kind],
        formatSize: (bytes) => formatBytes(language, bytes),
      });
      return text.detail ? `${text.message} ${text.detail}` : text.message;
    },
    [t, tApp, language],
  );
}

// One clear message per bundle error kind, with the specifics that help (fingerprint, field).
import type { BundleError, BundleErrorKind } from '../../bundle/errors';
import { AppError, toAppError } from '../../domain/errors';
import type { MessageKey } from '../../i18n/catalog';
import type { shareMessages } from './messages';

type ShareKey = keyof (typeof shareMessages)['en'];

/** The message for each bundle error kind. */
export const bundleErrorKey: Record<BundleErrorKind, ShareKey> = {
  'not-a-bundle': 'share.error.notABundle',
  damaged: 'share.error.damaged',
  'wrong-passphrase': 'share.error.wrongPassphrase',
  'not-for-your-key': 'share.error.notForYourKey',
  'newer-version': 'share.error.newerVersion',
  'invalid-contents': 'share.error.invalidContents',
  'too-large': 'share.error.tooLarge',
};

/** The translated parts of an error: a message and an optional detail line. */
export interface ErrorText {
  message: string;
  detail?: string;
}

/** Explains a failure: a BundleError by kind and details, anything else as an app error. */
export function explainError(
  error: unknown,
  t: (key: ShareKey, params?: Record<string, string | number>) => string,
  tApp: (key: MessageKey) => string,
  appErrorKey: (e: AppError) => MessageKey,
  triedFingerprints: readonly string[] = [],
): ErrorText {
  if (error instanceof Error && error.name === 'BundleError') {
    const e = error as BundleError;
    const d = e.details;
    if (e.kind === 'wrong-passphrase' && d.needs === 'key')
      return { message: t('share.error.needsKey') };
    if (e.kind === 'not-for-your-key' && d.needs === 'passphrase')
      return { message: t('share.error.needsPassphrase') };
    if (e.kind === 'not-for-your-key') {
      const list = triedFingerprints.length > 0 ? triedFingerprints.join(', ') : undefined;
      return list
        ? { message: t('share.error.notForYourKey'), detail: t('share.error.yourKeys', { list }) }
        : { message: t('share.error.noKey') };
    }
    if (e.kind === 'invalid-contents' && d.path)
      return {
        message: t('share.error.invalidContents'),
        detail: t('share.error.where', { path: d.path }),
      };
    if (e.kind === 'too-large' && d.limit)
      return {
        message: t('share.error.tooLarge'),
        detail: t('share.error.limit', { limit: d.limit }),
      };
    return { message: t(bundleErrorKey[e.kind]) };
  }
  const app = error instanceof AppError ? error : toAppError(error);
  return { message: tApp(appErrorKey(app)) };
}

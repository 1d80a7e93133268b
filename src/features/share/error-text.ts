// One clear message per bundle error kind, with the specifics that help: the fingerprint of
// the key tried, which record and field are wrong, which limit was exceeded and by how much.
import type { BundleError, BundleErrorDetails, BundleErrorKind } from '../../bundle/errors';
import { AppError, toAppError } from '../../domain/errors';
import type { MessageKey } from '../../i18n/catalog';
import type { shareMessages } from './messages';
import { kindLabel, typeLabel } from './type-labels';

type ShareKey = keyof (typeof shareMessages)['en'];
type Translate = (key: ShareKey, params?: Record<string, string | number>) => string;

/** The message for each bundle error kind. */
export const bundleErrorKey: Record<BundleErrorKind, ShareKey> = {
  'not-a-bundle': 'share.error.notABundle',
  damaged: 'share.error.damaged',
  'wrong-passphrase': 'share.error.wrongPassphrase',
  'not-for-your-key': 'share.error.notForYourKey',
  'newer-version': 'share.error.newerVersion',
  'invalid-contents': 'share.error.invalidContents',
  'too-large': 'share.error.tooLarge',
  'bad-signature': 'share.error.badSignature',
  'sender-key-changed': 'share.error.senderKeyChanged',
  'unsigned-known-sender': 'share.error.unsignedKnownSender',
  'not-own-backup': 'share.error.notOwnBackup',
  'worker-failed': 'share.error.workerFailed',
};

/** The translated parts of an error: a message and an optional detail line. */
export interface ErrorText {
  message: string;
  detail?: string;
}

/** What explainError needs from the screen: translations and a byte-size formatter. */
export interface ExplainTools {
  t: Translate;
  tApp: (key: MessageKey) => string;
  appErrorKey: (e: AppError) => MessageKey;
  /** A byte count in the current language, e.g. "67 MB". */
  formatSize: (bytes: number) => string;
}

/** The translated label of a record type named in error details, or the raw name. */
function typeName(t: Translate, type: string | undefined): string {
  if (type === undefined) return '';
  // Own keys only: a name from a file such as `constructor` is no record type.
  return Object.hasOwn(typeLabel, type) ? t(typeLabel[type as keyof typeof typeLabel]) : type;
}

/** The detail of a problem a path alone would not say, if the error names one. */
function problemDetail(t: Translate, d: BundleErrorDetails): string | undefined {
  const type = typeName(t, d.recordType);
  const number = (d.recordIndex ?? 0) + 1;
  const path = d.path ?? '';
  switch (d.problem) {
    case 'repeated-id':
      return t('share.error.repeatedId', { type, number });
    case 'unknown-type':
      return t('share.error.unknownType', { path });
    case 'missing-type':
      return t('share.error.missingType', { type: type.toLowerCase() });
    case 'not-a-list':
      return t('share.error.notAList', { type });
    case 'records-not-by-type':
      return t('share.error.recordsNotByType');
    case 'type-not-allowed':
      return t('share.error.typeNotAllowed', {
        type,
        kind: d.fileKind ? t(kindLabel[d.fileKind]) : '',
      });
    case 'not-addressed-here':
      return t('share.error.notAddressedHere', { type, number });
    case 'note-not-for-client':
      return t('share.error.noteNotForClient', { number });
    case 'backup-only':
      return t('share.error.backupOnly', { path });
    default:
      return undefined;
  }
}

/** Says what is wrong in a file that decrypts but does not validate. */
function invalidText(t: Translate, d: BundleErrorDetails): ErrorText {
  const message = t('share.error.invalidContents');
  const problem = problemDetail(t, d);
  if (problem) return { message, detail: problem };
  const type = typeName(t, d.recordType);
  if (d.path?.startsWith('manifest.counts.') && type)
    return { message, detail: t('share.error.countMismatch', { type: type.toLowerCase() }) };
  if (type && d.recordIndex !== undefined) {
    const number = d.recordIndex + 1;
    if (d.field === 'ownerId')
      return { message, detail: t('share.error.foreignRecord', { type, number }) };
    return {
      message,
      detail: d.field
        ? t('share.error.invalidField', { type, number, field: d.field })
        : t('share.error.invalidRecord', { type, number }),
    };
  }
  return d.path ? { message, detail: t('share.error.where', { path: d.path }) } : { message };
}

/** The detail line of each byte-size limit. */
const sizeDetailKey: Record<string, ShareKey | undefined> = {
  maxFileBytes: 'share.error.fileTooLarge',
  maxJsonBytes: 'share.error.unpackedTooLarge',
  maxHeaderBytes: 'share.error.headerTooLarge',
};

/** Says which limit a hostile or absurd file exceeds, and by how much where known. */
function tooLargeText(t: Translate, d: BundleErrorDetails, tools: ExplainTools): ErrorText {
  const { max, actual } = d;
  switch (d.limit) {
    case 'maxWorkFactor':
      return {
        message: t('share.error.workFactor'),
        ...(max !== undefined && actual !== undefined
          ? { detail: t('share.error.workFactorDetail', { actual, max }) }
          : {}),
      };
    case 'maxStringLength':
      return {
        message: t('share.error.textTooLong'),
        ...(max !== undefined && actual !== undefined
          ? { detail: t('share.error.textTooLongDetail', { actual, max }) }
          : {}),
      };
    case 'maxRecordsPerType':
    case 'maxRecordsTotal': {
      const type = d.limit === 'maxRecordsPerType' ? typeName(t, d.recordType) : '';
      return {
        message: t('share.error.tooManyRecords'),
        ...(max !== undefined && actual !== undefined
          ? {
              detail: type
                ? t('share.error.tooManyOfType', { actual, max, type: type.toLowerCase() })
                : t('share.error.tooManyTotal', { actual, max }),
            }
          : {}),
      };
    }
    default: {
      const detailKey = sizeDetailKey[d.limit ?? ''];
      return {
        message: t('share.error.tooLarge'),
        ...(detailKey && max !== undefined
          ? { detail: t(detailKey, { max: tools.formatSize(max) }) }
          : {}),
      };
    }
  }
}

/** Says who the file claims to be from and why that claim is refused. */
function senderText(t: Translate, e: BundleError): ErrorText {
  const d = e.details;
  const name = d.senderName || t('share.import.unnamed');
  if (e.kind === 'not-own-backup') {
    if (d.backupProblem !== 'other-role') return { message: t('share.error.notOwnBackup') };
    return {
      message:
        d.backupRole === 'coach'
          ? t('share.error.coachBackupOnClient')
          : t('share.error.clientBackupOnCoach'),
    };
  }
  if (e.kind === 'unsigned-known-sender') {
    return d.expectedFrom === 'own'
      ? { message: t('share.error.unsignedOwn'), detail: t('share.error.unsignedOwnHelp') }
      : { message: t('share.error.unsignedKnownSender', { name }) };
  }
  const actual = d.actualFingerprint ?? '';
  const keys = d.expectedFingerprint
    ? t('share.error.keyFingerprints', { expected: d.expectedFingerprint, actual })
    : t('share.error.fileKeyOnly', { actual });
  if (d.expectedFrom === 'own') return { message: t('share.error.ownKeyChanged'), detail: keys };
  if (d.expectedFrom === 'coach-code') {
    return { message: t('share.error.coachKeyChanged', { name }), detail: keys };
  }
  return {
    message: t('share.error.senderKeyChanged', { name }),
    detail: `${keys} ${t('share.error.keyChangedHelp', { name })}`,
  };
}

/** Explains a failure: a BundleError by kind and details, anything else as an app error. */
export function explainError(
  error: unknown,
  tools: ExplainTools,
  triedFingerprints: readonly string[] = [],
): ErrorText {
  const { t } = tools;
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
    if (e.kind === 'invalid-contents') return invalidText(t, d);
    if (
      e.kind === 'sender-key-changed' ||
      e.kind === 'unsigned-known-sender' ||
      e.kind === 'not-own-backup'
    ) {
      return senderText(t, e);
    }
    if (e.kind === 'too-large') return tooLargeText(t, d, tools);
    return { message: t(bundleErrorKey[e.kind]) };
  }
  const app = error instanceof AppError ? error : toAppError(error);
  return { message: tools.tApp(tools.appErrorKey(app)) };
}

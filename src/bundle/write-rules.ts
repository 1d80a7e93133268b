// What each kind of file may write, checked before the preview (never in a screen): a
// client's export carries only what a client writes, all of it the sender's own; a coach's
// return carries only what a coach writes, all of it the sender's and addressed to this
// device's profile; only a backup carries a device's client list and keys. Whether a backup
// may be restored at all is a question of who made it (trust.ts).
import type { RecordBase, RecordType } from '../domain/records/index';
import { recordTypes } from '../domain/records/index';
import { BundleError, type BundleErrorDetails } from './errors';
import type { BundleKind, BundlePayload } from './format';
import { checkSenderOwnership } from './ownership';

/** Record types a client writes. */
export const clientAuthoredTypes: readonly RecordType[] = [
  'diaryEntries',
  'investigations',
  'valuations',
  'affectLists',
  'focusingSessions',
  'themes',
  'ownReports',
  'discussions',
];

/** Record types a coach writes for a client (an affect list may come from either side). */
export const coachAuthoredTypes: readonly RecordType[] = [
  'coachNotes',
  'assignments',
  'questionSets',
  'affectLists',
  'helpContacts',
];

/** Record types of a coach's return that name the client they are for (`clientId`). */
const addressedTypes = ['coachNotes', 'assignments', 'questionSets', 'helpContacts'] as const;

/** The record types each kind may carry; a backup is the whole device. */
export const allowedTypes: Record<BundleKind, readonly RecordType[]> = {
  'client-export': clientAuthoredTypes,
  'coach-return': coachAuthoredTypes,
  backup: recordTypes,
};

/** What the write rules need to know about this device. */
export interface WriteRuleDevice {
  /** This device's own profile: a coach's return must be addressed to it. */
  ownProfileId: string | null;
}

/** The invalid-contents error of a record that breaks a rule. */
function refused(
  message: string,
  at: { type: RecordType; index: number; field?: string; kind: BundleKind },
  problem: BundleErrorDetails['problem'],
): BundleError {
  const { type, index, field, kind } = at;
  return new BundleError('invalid-contents', message, {
    path: `records.${type}[${index}]${field ? `.${field}` : ''}`,
    recordType: type,
    recordIndex: index,
    ...(field ? { field } : {}),
    problem,
    fileKind: kind,
  });
}

/** Manifest fields only a backup carries: a device's client list, its keys and its role. */
const backupOnly = ['clients', 'senderKeys', 'signingSecretKey', 'deviceRole'] as const;

/**
 * Throws invalid-contents, naming the path, at the first record or field the file's kind may
 * not write. Run before the preview, so a file that breaks a rule is never shown as importable.
 */
export function checkWriteRules(payload: BundlePayload, device: WriteRuleDevice): void {
  const { manifest } = payload;
  if (manifest.kind === 'backup') return;
  for (const field of backupOnly) {
    if (manifest[field] !== undefined) {
      throw new BundleError('invalid-contents', `Only a backup carries manifest.${field}.`, {
        path: `manifest.${field}`,
        problem: 'backup-only',
        fileKind: manifest.kind,
      });
    }
  }
  const allowed = allowedTypes[manifest.kind];
  for (const type of recordTypes) {
    if (!allowed.includes(type) && payload.records[type].length > 0) {
      throw refused(
        `A file of kind ${manifest.kind} may not carry records of type ${type}.`,
        { type, index: 0, kind: manifest.kind },
        'type-not-allowed',
      );
    }
  }
  checkSenderOwnership(payload);
  if (manifest.kind === 'coach-return') checkAddressed(payload, device.ownProfileId);
}

/** A coach's return writes only records for this device's own profile, notes for the client. */
function checkAddressed(payload: BundlePayload, ownProfileId: string | null): void {
  for (const type of addressedTypes) {
    const list = payload.records[type] as (RecordBase & { clientId?: string })[];
    const index = list.findIndex((r) => ownProfileId === null || r.clientId !== ownProfileId);
    if (index >= 0) {
      throw refused(
        `Record ${index} of type ${type} is for another client than this device's profile.`,
        { type, index, field: 'clientId', kind: 'coach-return' },
        'not-addressed-here',
      );
    }
  }
  const note = payload.records.coachNotes.findIndex((n) => n.visibility !== 'client');
  if (note >= 0) {
    throw refused(
      `Note ${note} is not marked for the client.`,
      { type: 'coachNotes', index: note, field: 'visibility', kind: 'coach-return' },
      'note-not-for-client',
    );
  }
}

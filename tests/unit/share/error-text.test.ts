// The import error texts, computed by hand: each kind and limit has its own message, and the
// detail line names the record, field, limit and sizes in the reader's language.
import { describe, expect, it } from 'vitest';
import { BundleError, type BundleErrorDetails } from '../../../src/bundle/errors';
import { AppError } from '../../../src/domain/errors';
import { explainError } from '../../../src/features/share/error-text';
import { shareMessages } from '../../../src/features/share/messages';
import type { Language } from '../../../src/i18n/catalog';
import { fillMessage, formatBytes } from '../../../src/i18n/translate';

/** explainError with the real share messages of `language`. */
function explain(
  language: Language,
  kind: BundleError['kind'],
  details: BundleErrorDetails = {},
  tried: string[] = [],
) {
  const messages = shareMessages[language] as Record<string, string>;
  return explainError(
    new BundleError(kind, 'internal English text, never shown', details),
    {
      t: (key, params) => fillMessage(language, messages[key] ?? key, params),
      tApp: (key) => `app:${key}`,
      appErrorKey: () => 'error.unknown' as never,
      formatSize: (bytes) => formatBytes(language, bytes),
    },
    tried,
  );
}

describe('explainError', () => {
  it('names the record and field of invalid contents, counted from 1', () => {
    expect(
      explain('en', 'invalid-contents', {
        path: 'records.diaryEntries[1].feelingIntensity',
        recordType: 'diaryEntries',
        recordIndex: 1,
        field: 'feelingIntensity',
      }),
    ).toEqual({
      message: 'The file opens, but its contents are not valid Koers data.',
      detail: 'Diary forms, record 2: the field “feelingIntensity” does not hold a valid value.',
    });
    expect(
      explain('nl', 'invalid-contents', {
        path: 'records.themes[0]',
        recordType: 'themes',
        recordIndex: 0,
        field: '',
      }).detail,
    ).toBe('Thema’s, nummer 1 is ongeldig.');
  });

  it('says when a record is not the sender’s, and when the counts do not match', () => {
    expect(
      explain('en', 'invalid-contents', {
        path: 'records.valuations[3].ownerId',
        recordType: 'valuations',
        recordIndex: 3,
        field: 'ownerId',
      }).detail,
    ).toBe(
      'Valuations, record 4 belongs to someone other than the sender of the file, so it cannot be imported.',
    );
    expect(
      explain('nl', 'invalid-contents', {
        path: 'manifest.counts.focusingSessions',
        recordType: 'focusingSessions',
      }).detail,
    ).toBe(
      'Het bestand bevat niet zoveel focussessies als het zegt: het is onvolledig of veranderd.',
    );
  });

  it('falls back to the path, or to the message alone', () => {
    expect(explain('en', 'invalid-contents', { path: 'manifest.createdAt' }).detail).toBe(
      'What is wrong: manifest.createdAt',
    );
    expect(explain('en', 'invalid-contents', { path: '' })).toEqual({
      message: 'The file opens, but its contents are not valid Koers data.',
    });
  });

  it('gives each limit its own message with the value found and the maximum', () => {
    expect(explain('en', 'too-large', { limit: 'maxWorkFactor', max: 20, actual: 21 })).toEqual({
      message:
        'The passphrase protection of this file asks for more computing work than Koers allows; opening it could stall this device.',
      detail: 'The file asks for 21, at most 20 is allowed.',
    });
    expect(
      explain('nl', 'too-large', { limit: 'maxStringLength', max: 100_000, actual: 100_001 }),
    ).toEqual({
      message: 'Dit bestand bevat een tekst die langer is dan Koers aanneemt.',
      detail: '100.001 tekens, hoogstens 100.000.',
    });
    expect(
      explain('en', 'too-large', {
        limit: 'maxRecordsPerType',
        recordType: 'diaryEntries',
        max: 100_000,
        actual: 100_001,
      }).detail,
    ).toBe('100,001 diary forms, at most 100,000.');
    expect(
      explain('en', 'too-large', { limit: 'maxRecordsTotal', max: 250_000, actual: 250_001 })
        .detail,
    ).toBe('250,001 records in all, at most 250,000.');
    expect(
      explain('en', 'too-large', { limit: 'maxFileBytes', max: 64 * 1024 * 1024, actual: 1 }),
    ).toEqual({
      message: 'This file is larger than Koers accepts.',
      detail: 'Koers opens files up to 67 MB.',
    });
    expect(explain('nl', 'too-large', { limit: 'maxJsonBytes', max: 256e6 }).detail).toBe(
      'Uitgepakt zou de inhoud groter zijn dan 256 MB.',
    );
    expect(explain('en', 'too-large', {})).toEqual({
      message: 'This file is larger than Koers accepts.',
    });
  });

  it('keeps the other kinds as they were', () => {
    expect(explain('en', 'newer-version').message).toBe(
      'This file was made by a newer version of Koers. Update the app, then open it again.',
    );
    expect(explain('en', 'not-for-your-key', {}, ['AAAA-BBBB-CCCC-DDDD'])).toEqual({
      message: 'This file was not encrypted for your key, or it is damaged.',
      detail: 'Your key: AAAA-BBBB-CCCC-DDDD. Compare it with the person who made the file.',
    });
    expect(explain('en', 'wrong-passphrase', { needs: 'key' }).message).toBe(
      'This file is not protected with a passphrase but with a key.',
    );
    expect(
      explainError(new AppError('storage-full', 'full'), {
        t: (key) => key,
        tApp: (key) => `app:${key}`,
        appErrorKey: (e) => `error.${e.kind}` as never,
        formatSize: String,
      }),
    ).toEqual({ message: 'app:error.storage-full' });
  });

  it('says who a refused file claims to be from, and why', () => {
    expect(
      explain('en', 'sender-key-changed', {
        senderName: 'Anouk',
        expectedFrom: 'pinned',
        expectedFingerprint: 'AAAA-AAAA-AAAA-AAAA',
        actualFingerprint: 'BBBB-BBBB-BBBB-BBBB',
      }),
    ).toEqual({
      message:
        'This file says it is from Anouk, but it is signed with another key than the files from Anouk this device knows. It may have been made by someone else.',
      detail:
        'Known key: AAAA-AAAA-AAAA-AAAA. This file’s key: BBBB-BBBB-BBBB-BBBB. If Anouk really set up a new device, compare the new fingerprint with them and then forget the old key under Keys.',
    });
    expect(
      explain('nl', 'sender-key-changed', {
        senderName: 'Coach',
        expectedFrom: 'coach-code',
        expectedFingerprint: 'AAAA-AAAA-AAAA-AAAA',
        actualFingerprint: 'BBBB-BBBB-BBBB-BBBB',
      }).message,
    ).toBe(
      'Dit bestand zegt van je coach (Coach) te komen, maar het is niet ondertekend met de sleutel uit de coachcode die je toevoegde. Misschien heeft iemand anders het gemaakt.',
    );
    expect(
      explain('en', 'unsigned-known-sender', { senderName: 'Anouk', expectedFrom: 'pinned' })
        .message,
    ).toBe(
      'This file says it is from Anouk, whose files to this device are signed, but this one is not signed. It may have been made by someone else.',
    );
    expect(explain('en', 'unsigned-known-sender', { expectedFrom: 'own' }).detail).toBe(
      'A backup made before Koers signed its files can be restored only on a device without data of its own.',
    );
    expect(explain('en', 'not-own-backup', { backupProblem: 'other-device' }).message).toBe(
      'This is a backup of another device. A backup is restored only on the device that made it, or on a device without data of its own, and this device has data.',
    );
    expect(
      explain('en', 'not-own-backup', { backupProblem: 'other-role', backupRole: 'coach' }).message,
    ).toBe('This is a backup of a coach’s device, and this device is set up for a client.');
    expect(explain('en', 'bad-signature').message).toContain('changed after it was signed');
  });

  it('names the problem a path alone would not say', () => {
    expect(
      explain('en', 'invalid-contents', {
        path: 'records.valuations[2].id',
        recordType: 'valuations',
        recordIndex: 2,
        field: 'id',
        problem: 'repeated-id',
      }).detail,
    ).toBe('Valuations, record 3: its id is repeated (an earlier record has the same id).');
    expect(
      explain('en', 'invalid-contents', { path: 'records["a.b"]', problem: 'unknown-type' }).detail,
    ).toBe('It holds a kind of record Koers does not know: records["a.b"].');
    expect(
      explain('en', 'invalid-contents', { path: 'records', problem: 'records-not-by-type' }).detail,
    ).toBe('Its records are one list instead of one list per kind of record.');
    expect(
      explain('en', 'invalid-contents', {
        path: 'records.coachNotes[0]',
        recordType: 'coachNotes',
        recordIndex: 0,
        problem: 'type-not-allowed',
        fileKind: 'client-export',
      }).detail,
    ).toBe('Coach notes: a file of the kind “For my coach” may not carry these.');
    expect(
      explain('nl', 'invalid-contents', {
        path: 'records.assignments[1].clientId',
        recordType: 'assignments',
        recordIndex: 1,
        field: 'clientId',
        problem: 'not-addressed-here',
      }).detail,
    ).toBe('Opdrachten, nummer 2 is bedoeld voor iemand anders dan het profiel van dit apparaat.');
  });
});

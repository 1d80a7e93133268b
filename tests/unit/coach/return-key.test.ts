// The return bundle in key mode: offered by default when the client's key is known, and a
// bundle encrypted that way opens with the client's identity only, carrying just the note
// for the client and the assignment (never a private note).
import { describe, expect, it } from 'vitest';
import { exportBundle, importBundle } from '../../../src/bundle/bundle';
import { generateKeyPair } from '../../../src/bundle/keys';
import { currentSchemaVersion } from '../../../src/db/schema';
import { returnRecords, returnSections } from '../../../src/domain/coach/return-bundle';
import {
  defaultReturnMode,
  returnTarget,
} from '../../../src/features/coach/return-bundle/return-target';
import { testSigner } from '../bundle/helpers';
import { assignment, CLIENT, COACH, helpContact, note } from './records';

describe('return bundle encryption', () => {
  it('offers the client key by default only when it is known', () => {
    expect(defaultReturnMode('age1abc')).toBe('key');
    expect(defaultReturnMode(undefined)).toBe('passphrase');
    expect(defaultReturnMode('')).toBe('passphrase');
  });

  it('targets the recipient in key mode, and the passphrase otherwise', () => {
    expect(returnTarget('key', 'age1abc', 'x')).toEqual({
      type: 'recipients',
      recipients: ['age1abc'],
    });
    expect(returnTarget('passphrase', 'age1abc', 'secret words')).toEqual({
      type: 'passphrase',
      passphrase: 'secret words',
    });
    // The device's calibrated scrypt work factor goes with a passphrase, never with a key.
    expect(returnTarget('passphrase', undefined, 'secret words', 17)).toEqual({
      type: 'passphrase',
      passphrase: 'secret words',
      workFactor: 17,
    });
    expect(returnTarget('key', 'age1abc', 'x', 17)).toEqual({
      type: 'recipients',
      recipients: ['age1abc'],
    });
    // Key mode without a key never sends a bundle nobody can open.
    expect(returnTarget('key', undefined, 'secret words')).toEqual({
      type: 'passphrase',
      passphrase: 'secret words',
    });
  });

  it('makes a bundle only the client key opens', async () => {
    const client = await generateKeyPair();
    const stranger = await generateKeyPair();
    const records = returnRecords({
      clientId: CLIENT,
      notes: [
        note(10, CLIENT, { visibility: 'client', text: 'Voor jou', targetId: CLIENT }),
        note(11, CLIENT, { visibility: 'private', text: 'Privé' }),
        note(12, CLIENT, { visibility: 'report', text: 'Rapport' }),
      ],
      assignments: [assignment(20, CLIENT)],
      helpContacts: [helpContact(30, CLIENT, { text: 'Mijn nummer: 06-12345678' })],
    });
    const bytes = await exportBundle(
      {
        appVersion: '0.0.0-test',
        schemaVersion: currentSchemaVersion,
        kind: 'coach-return',
        createdAt: '2026-01-01T00:00:00.000Z',
        sender: { profileId: COACH, displayName: 'Coach' },
        scope: { sections: returnSections },
        records,
      },
      returnTarget(defaultReturnMode(client.recipient), client.recipient, ''),
      testSigner(3),
    );
    const opened = await importBundle(bytes, { type: 'identity', identity: client.identity });
    expect(opened.manifest.kind).toBe('coach-return');
    expect(opened.records.coachNotes.map((n) => n.text)).toEqual(['Voor jou']);
    expect(opened.records.assignments.map((a) => a.title)).toEqual(['Dagboek bijhouden']);
    expect(opened.records.helpContacts.map((c) => c.text)).toEqual(['Mijn nummer: 06-12345678']);
    await expect(
      importBundle(bytes, { type: 'identity', identity: stranger.identity }),
    ).rejects.toThrow();
  });
});

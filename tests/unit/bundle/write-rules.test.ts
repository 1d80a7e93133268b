// The write rules of each kind of file, by hand: what a client's export, a coach's return and a
// backup may carry, each breach naming its path and problem.
import { describe, expect, it } from 'vitest';
import { BundleError } from '../../../src/bundle/errors';
import { type BundleKind, type BundlePayload, emptyRecords } from '../../../src/bundle/format';
import { checkWriteRules } from '../../../src/bundle/write-rules';
import {
  assignment,
  CLIENT,
  COACH,
  diary,
  helpContact,
  note,
  OTHER_CLIENT,
} from '../coach/records';

/** A payload of `kind` from `sender` with the records filled in by `fill`. */
function file(
  kind: BundleKind,
  sender: string,
  fill: (r: ReturnType<typeof emptyRecords>) => void,
): BundlePayload {
  const records = emptyRecords();
  fill(records);
  return {
    manifest: {
      format: 'koers-bundle',
      formatVersion: 4,
      minReaderVersion: 4,
      appVersion: '0.1.0',
      schemaVersion: 4,
      createdAt: '2026-03-01T10:00:00.000Z',
      kind,
      sender: { profileId: sender, displayName: 'Someone' },
      scope: { sections: [] },
      counts: Object.fromEntries(
        Object.entries(records).map(([t, l]) => [t, (l as unknown[]).length]),
      ) as never,
    },
    records,
  };
}

/** The BundleError a check throws (fails the test if it throws nothing). */
function refusal(payload: BundlePayload, ownProfileId: string | null): BundleError {
  try {
    checkWriteRules(payload, { ownProfileId });
  } catch (e) {
    if (e instanceof BundleError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('a client’s export', () => {
  it('carries the client’s own records', () => {
    expect(() =>
      checkWriteRules(
        file('client-export', CLIENT, (r) => {
          r.diaryEntries = [diary(10, CLIENT)];
        }),
        { ownProfileId: COACH },
      ),
    ).not.toThrow();
  });

  it('may not carry coach notes, even the client’s own', () => {
    const e = refusal(
      file('client-export', CLIENT, (r) => {
        r.diaryEntries = [diary(10, CLIENT)];
        r.coachNotes = [note(30, CLIENT, { ownerId: CLIENT })];
      }),
      COACH,
    );
    expect(e.kind).toBe('invalid-contents');
    expect(e.details).toMatchObject({
      path: 'records.coachNotes[0]',
      problem: 'type-not-allowed',
      fileKind: 'client-export',
    });
  });

  it('may not carry assignments', () => {
    const e = refusal(
      file('client-export', CLIENT, (r) => {
        r.assignments = [{ ...assignment(40, CLIENT), ownerId: CLIENT }];
      }),
      COACH,
    );
    expect(e.details.path).toBe('records.assignments[0]');
  });

  it('refuses a record of another owner, at its ownerId', () => {
    const e = refusal(
      file('client-export', CLIENT, (r) => {
        r.diaryEntries = [diary(10, CLIENT), diary(11, OTHER_CLIENT)];
      }),
      COACH,
    );
    expect(e.details).toMatchObject({ path: 'records.diaryEntries[1].ownerId', field: 'ownerId' });
  });

  it('may not carry a client list or keys (only a backup does)', () => {
    const payload = file('client-export', CLIENT, () => undefined);
    payload.manifest.deviceRole = 'client';
    expect(refusal(payload, COACH).details).toMatchObject({
      path: 'manifest.deviceRole',
      problem: 'backup-only',
    });
  });
});

describe('a coach’s return', () => {
  it('carries the coach’s notes for the client and assignments for this device’s profile', () => {
    expect(() =>
      checkWriteRules(
        file('coach-return', COACH, (r) => {
          r.coachNotes = [note(30, CLIENT, { visibility: 'client' })];
          r.assignments = [assignment(40, CLIENT)];
        }),
        { ownProfileId: CLIENT },
      ),
    ).not.toThrow();
  });

  it('may not carry a client’s records', () => {
    const e = refusal(
      file('coach-return', COACH, (r) => {
        r.diaryEntries = [diary(10, COACH)];
      }),
      CLIENT,
    );
    expect(e.details).toMatchObject({
      path: 'records.diaryEntries[0]',
      problem: 'type-not-allowed',
    });
  });

  it('refuses a record for another client than this device’s profile', () => {
    const e = refusal(
      file('coach-return', COACH, (r) => {
        r.assignments = [assignment(40, CLIENT), assignment(41, OTHER_CLIENT)];
      }),
      CLIENT,
    );
    expect(e.details).toMatchObject({
      path: 'records.assignments[1].clientId',
      problem: 'not-addressed-here',
    });
  });

  it('carries a help-page contact for this client, and refuses one for another client', () => {
    expect(() =>
      checkWriteRules(
        file('coach-return', COACH, (r) => {
          r.helpContacts = [helpContact(50, CLIENT)];
        }),
        { ownProfileId: CLIENT },
      ),
    ).not.toThrow();
    const e = refusal(
      file('coach-return', COACH, (r) => {
        r.helpContacts = [helpContact(51, OTHER_CLIENT)];
      }),
      CLIENT,
    );
    expect(e.details).toMatchObject({
      path: 'records.helpContacts[0].clientId',
      problem: 'not-addressed-here',
    });
  });

  it('refuses a help-page contact in a client’s export', () => {
    const e = refusal(
      file('client-export', CLIENT, (r) => {
        r.helpContacts = [helpContact(52, CLIENT, { ownerId: CLIENT })];
      }),
      COACH,
    );
    expect(e.details).toMatchObject({
      path: 'records.helpContacts[0]',
      problem: 'type-not-allowed',
    });
  });

  it('refuses a note that is not marked for the client', () => {
    const e = refusal(
      file('coach-return', COACH, (r) => {
        r.coachNotes = [note(30, CLIENT, { visibility: 'private' })];
      }),
      CLIENT,
    );
    expect(e.details).toMatchObject({
      path: 'records.coachNotes[0].visibility',
      problem: 'note-not-for-client',
    });
  });

  it('refuses everything on a device without a profile', () => {
    const e = refusal(
      file('coach-return', COACH, (r) => {
        r.assignments = [assignment(40, CLIENT)];
      }),
      null,
    );
    expect(e.details.problem).toBe('not-addressed-here');
  });
});

describe('a backup', () => {
  it('carries every type of every owner (who may restore it is the trust rules’ question)', () => {
    const payload = file('backup', CLIENT, (r) => {
      r.diaryEntries = [diary(10, CLIENT)];
      r.coachNotes = [note(30, CLIENT)];
    });
    payload.manifest.deviceRole = 'client';
    expect(() => checkWriteRules(payload, { ownProfileId: null })).not.toThrow();
  });
});

// Who may send what, by hand: a file's signature against the key this device expects for the
// claimed sender (its own, a pinned one, the coach code's), and a backup only as one's own.
import { describe, expect, it } from 'vitest';
import { BundleError } from '../../../src/bundle/errors';
import { emptyRecords } from '../../../src/bundle/format';
import type { OpenedBundle } from '../../../src/bundle/signed-payload';
import { type DeviceTrust, judgeSender, type KnownKey } from '../../../src/bundle/trust';
import { CLIENT, COACH, OTHER_CLIENT } from '../coach/records';

const A: KnownKey = {
  publicKey: 'A'.repeat(43).replace(/.$/, 'A='),
  fingerprint: 'AAAA-AAAA-AAAA-AAAA',
};
const B: KnownKey = {
  publicKey: 'B'.repeat(43).replace(/.$/, 'A='),
  fingerprint: 'BBBB-BBBB-BBBB-BBBB',
};

/** A file of `kind` from `sender`, signed with `key` (or unsigned). */
function opened(
  kind: OpenedBundle['manifest']['kind'],
  sender: string,
  key: KnownKey | null,
  extra: Partial<OpenedBundle['manifest']> = {},
): OpenedBundle {
  const records = emptyRecords();
  return {
    manifest: {
      format: 'koers-bundle',
      formatVersion: 4,
      minReaderVersion: 4,
      appVersion: '0.1.0',
      schemaVersion: 4,
      createdAt: '2026-03-01T10:00:00.000Z',
      kind,
      sender: { profileId: sender, displayName: 'Sam' },
      scope: { sections: [] },
      counts: {} as never,
      ...extra,
    },
    records,
    signature: key ? { state: 'signed', ...key } : { state: 'unsigned' },
  };
}

/** A device with data: a coach (own key B) who pinned OTHER_CLIENT's key A. */
function device(changes: Partial<DeviceTrust> = {}): DeviceTrust {
  return {
    ownProfileId: COACH,
    ownKey: B,
    role: 'coach',
    coachCodeKey: null,
    empty: false,
    pinned: (id) =>
      id === OTHER_CLIENT
        ? {
            ...A,
            profileId: OTHER_CLIENT,
            displayName: 'Anouk',
            pinnedAt: '2026-01-01T00:00:00.000Z',
          }
        : undefined,
    ...changes,
  };
}

/** The refusal judgeSender throws. */
function refusal(file: OpenedBundle, on: DeviceTrust): BundleError {
  try {
    judgeSender(file, on);
  } catch (e) {
    if (e instanceof BundleError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('a client’s export on the coach’s device', () => {
  it('from a new sender: first contact, its key pinned', () => {
    expect(judgeSender(opened('client-export', CLIENT, A), device())).toEqual({
      sender: { state: 'first-contact', fingerprint: A.fingerprint },
      adopt: false,
      pin: A,
    });
  });

  it('from a pinned sender with the pinned key: verified, nothing new to pin', () => {
    expect(judgeSender(opened('client-export', OTHER_CLIENT, A), device())).toEqual({
      sender: {
        state: 'verified',
        basis: 'pinned',
        fingerprint: A.fingerprint,
        pinnedAt: '2026-01-01T00:00:00.000Z',
      },
      adopt: false,
      pin: null,
    });
  });

  it('from a pinned sender with a second key: refused, both fingerprints named', () => {
    const e = refusal(opened('client-export', OTHER_CLIENT, B), device());
    expect(e.kind).toBe('sender-key-changed');
    expect(e.details).toMatchObject({
      senderName: 'Sam',
      expectedFrom: 'pinned',
      expectedFingerprint: A.fingerprint,
      actualFingerprint: B.fingerprint,
    });
  });

  it('unsigned from a pinned sender: refused', () => {
    const e = refusal(opened('client-export', OTHER_CLIENT, null), device());
    expect([e.kind, e.details.expectedFrom]).toEqual(['unsigned-known-sender', 'pinned']);
  });

  it('unsigned from a new sender: allowed after the warning, nothing pinned', () => {
    expect(judgeSender(opened('client-export', CLIENT, null), device())).toEqual({
      sender: { state: 'unsigned' },
      adopt: false,
      pin: null,
    });
  });

  it('claiming this device’s own profile with another key: refused, never pinned', () => {
    const e = refusal(opened('client-export', COACH, A), device());
    expect([e.kind, e.details.expectedFrom]).toEqual(['sender-key-changed', 'own']);
    expect(judgeSender(opened('client-export', COACH, B), device()).sender).toMatchObject({
      state: 'verified',
      basis: 'own',
    });
  });
});

describe('a coach’s return on a client’s device', () => {
  const client = (coachCodeKey: KnownKey | null) =>
    device({
      ownProfileId: CLIENT,
      ownKey: B,
      role: 'client',
      coachCodeKey,
      pinned: () => undefined,
    });

  it('signed with the coach code’s key: verified, and pinned for the coach’s profile', () => {
    expect(judgeSender(opened('coach-return', COACH, A), client(A))).toMatchObject({
      sender: { state: 'verified', basis: 'coach-code' },
      pin: A,
    });
  });

  it('signed with any other key: refused, whatever profile it claims', () => {
    const e = refusal(opened('coach-return', OTHER_CLIENT, B), client(A));
    expect([e.kind, e.details.expectedFrom]).toEqual(['sender-key-changed', 'coach-code']);
  });

  it('unsigned while the coach code carries a key: refused', () => {
    expect(refusal(opened('coach-return', COACH, null), client(A)).kind).toBe(
      'unsigned-known-sender',
    );
  });

  it('with a plain coach code: the first return pins the coach’s key', () => {
    expect(judgeSender(opened('coach-return', COACH, A), client(null)).pin).toEqual(A);
  });
});

describe('a backup', () => {
  it('on an empty device of the same role: adopted, signed or not', () => {
    const empty = device({
      ownProfileId: CLIENT,
      role: 'client',
      empty: true,
      pinned: () => undefined,
    });
    expect(judgeSender(opened('backup', OTHER_CLIENT, A, { deviceRole: 'client' }), empty)).toEqual(
      {
        sender: { state: 'adopted', fingerprint: A.fingerprint },
        adopt: true,
        pin: null,
      },
    );
    expect(judgeSender(opened('backup', OTHER_CLIENT, null), empty).sender.state).toBe('unsigned');
  });

  it('on an empty device of the other role: refused', () => {
    const empty = device({ empty: true });
    const e = refusal(opened('backup', CLIENT, A, { deviceRole: 'client' }), empty);
    expect(e.details).toMatchObject({ backupProblem: 'other-role', backupRole: 'client' });
    // An older coach's backup is known by its client list.
    const older = opened('backup', CLIENT, A, {
      clients: [
        {
          id: OTHER_CLIENT,
          displayName: 'Anouk',
          firstImportAt: '2026-01-01T00:00:00.000Z',
          lastImportAt: '2026-01-01T00:00:00.000Z',
          lastBundleAt: '2026-01-01T00:00:00.000Z',
        },
      ],
    });
    expect(refusal(older, device({ role: 'client', empty: true })).details.backupRole).toBe(
      'coach',
    );
  });

  it('of another device on a device with data (a coach’s with clients): refused', () => {
    const e = refusal(opened('backup', CLIENT, A, { deviceRole: 'coach' }), device());
    expect([e.kind, e.details.backupProblem]).toEqual(['not-own-backup', 'other-device']);
  });

  it('of this device, signed with its own key: restored, not adopted', () => {
    expect(judgeSender(opened('backup', COACH, B), device())).toMatchObject({
      sender: { state: 'verified', basis: 'own' },
      adopt: false,
    });
  });

  it('of this device but unsigned, or signed with another key: refused', () => {
    expect(refusal(opened('backup', COACH, null), device()).kind).toBe('unsigned-known-sender');
    expect(refusal(opened('backup', COACH, A), device()).kind).toBe('sender-key-changed');
  });
});

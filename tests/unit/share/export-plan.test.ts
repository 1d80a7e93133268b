// The export's rules for every role (client, coach, none yet), kind, chosen protection and
// coach code; expected values written out by hand.
import { describe, expect, it } from 'vitest';
import type { BundleKind } from '../../../src/bundle/format';
import {
  effectiveProtection,
  exportKinds,
  exportManifestInput,
  exportTarget,
  initialKind,
  keyPossible,
} from '../../../src/features/share/export-plan';

const OWN = 'age1own';
const COACH = 'age1coach';
const PROFILE = '00000000-0000-4000-8000-000000000001';
// Ed25519 keys as the manifest carries them (32 bytes in base64).
const SIGNING = `${'A'.repeat(43)}=`;
const SECRET = `${'B'.repeat(42)}A=`;

describe('kinds by role', () => {
  it('offers a client (or a device with no role yet) an export and a backup, a coach a return and a backup', () => {
    expect(exportKinds('client')).toEqual(['client-export', 'backup']);
    expect(exportKinds(null)).toEqual(['client-export', 'backup']);
    expect(exportKinds('coach')).toEqual(['coach-return', 'backup']);
  });

  it('opens with a backup when the route asks for one, else with the role’s first kind', () => {
    expect(initialKind('client', 'backup')).toBe('backup');
    expect(initialKind('coach', 'backup')).toBe('backup');
    expect(initialKind(null, 'backup')).toBe('backup');
    expect(initialKind('client', undefined)).toBe('client-export');
    expect(initialKind(null, undefined)).toBe('client-export');
    expect(initialKind('coach', undefined)).toBe('coach-return');
    expect(initialKind('coach', 'something-else')).toBe('coach-return');
  });
});

describe('protection', () => {
  const cases: [BundleKind, boolean, boolean][] = [
    // kind, has a coach code, key possible
    ['client-export', true, true],
    ['client-export', false, false],
    ['backup', true, true],
    ['backup', false, true],
    ['coach-return', true, false],
    ['coach-return', false, false],
  ];
  it.each(cases)('%s with a coach code %s: key possible %s', (kind, code, possible) => {
    expect(keyPossible(kind, code)).toBe(possible);
    expect(effectiveProtection(kind, 'key', code)).toBe(possible ? 'key' : 'passphrase');
    expect(effectiveProtection(kind, 'passphrase', code)).toBe('passphrase');
  });
});

describe('exportTarget', () => {
  const parts = { ownRecipient: OWN, passphrase: 'four words for you', workFactor: 18 };

  it('encrypts an export to the coach and oneself, everything else with a key to oneself', () => {
    expect(exportTarget('client-export', 'key', { ...parts, coachRecipient: COACH })).toEqual({
      type: 'recipients',
      recipients: [COACH, OWN],
    });
    expect(exportTarget('client-export', 'key', { ...parts, coachRecipient: undefined })).toEqual({
      type: 'recipients',
      recipients: [OWN],
    });
    expect(exportTarget('backup', 'key', { ...parts, coachRecipient: COACH })).toEqual({
      type: 'recipients',
      recipients: [OWN],
    });
    expect(exportTarget('coach-return', 'key', { ...parts, coachRecipient: undefined })).toEqual({
      type: 'recipients',
      recipients: [OWN],
    });
  });

  it('uses the passphrase at the calibrated work factor, and nothing without a passphrase', () => {
    for (const kind of ['client-export', 'backup', 'coach-return'] as const) {
      expect(exportTarget(kind, 'passphrase', { ...parts, coachRecipient: COACH })).toEqual({
        type: 'passphrase',
        passphrase: 'four words for you',
        workFactor: 18,
      });
      expect(
        exportTarget(kind, 'passphrase', { ...parts, passphrase: null, coachRecipient: COACH }),
      ).toBeUndefined();
    }
    expect(
      exportTarget('backup', 'passphrase', {
        ...parts,
        workFactor: undefined,
        coachRecipient: undefined,
      }),
    ).toEqual({ type: 'passphrase', passphrase: 'four words for you' });
  });
});

describe('exportManifestInput', () => {
  const base = {
    appVersion: '1.0.0',
    schemaVersion: 4,
    profileId: PROFILE,
    displayName: 'Sanne',
    ownRecipient: OWN,
    signingKey: SIGNING,
    now: new Date('2026-03-02T10:15:00.000Z'),
  };
  const device = (clients: (typeof client)[]) => ({
    clients,
    senderKeys: [],
    signingSecretKey: SECRET,
    deviceRole: 'coach' as const,
  });
  const client = {
    id: '00000000-0000-4000-8000-000000000003',
    displayName: 'Jeroen',
    firstImportAt: '2026-01-05T09:00:00.000Z',
    lastImportAt: '2026-01-05T09:00:00.000Z',
    lastBundleAt: '2026-01-05T09:00:00.000Z',
  };

  it('names the sender with their key, the sections’ types and the chosen range', () => {
    const input = exportManifestInput({
      ...base,
      kind: 'client-export',
      choice: { sections: ['zkm', 'themes'], from: '2026-01-01T00:00:00.000Z' },
      device: undefined,
    });
    expect(input).toEqual({
      appVersion: '1.0.0',
      schemaVersion: 4,
      kind: 'client-export',
      sender: { profileId: PROFILE, displayName: 'Sanne', recipient: OWN, signingKey: SIGNING },
      scope: {
        sections: ['investigations', 'valuations', 'affectLists', 'discussions', 'themes'],
        from: '2026-01-01T00:00:00.000Z',
      },
      createdAt: '2026-03-02T10:15:00.000Z',
    });
  });

  it('takes the device state (client list, pinned keys, signing key, role) into a backup only', () => {
    const backup = exportManifestInput({
      ...base,
      kind: 'backup',
      choice: { sections: ['themes'] },
      device: device([client]),
    });
    expect(backup.clients).toEqual([client]);
    expect(backup.signingSecretKey).toBe(SECRET);
    expect(backup.deviceRole).toBe('coach');
    const emptyBackup = exportManifestInput({
      ...base,
      kind: 'backup',
      choice: { sections: ['themes'] },
      device: device([]),
    });
    expect(emptyBackup.clients).toEqual([]);
    const returned = exportManifestInput({
      ...base,
      kind: 'coach-return',
      choice: { sections: ['themes'] },
      device: device([client]),
    });
    expect('clients' in returned).toBe(false);
    expect('signingSecretKey' in returned).toBe(false);
  });
});

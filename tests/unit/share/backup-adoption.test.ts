// The backup-adoption rule for every combination of backup (a client's, a coach's, not a
// backup), device role (client, coach, none yet), profile (none, the sender's, another) and
// what that profile holds (nothing, something). Expected values written out by hand.
import { describe, expect, it } from 'vitest';
import type { BundleManifest } from '../../../src/bundle/format';
import { adoptsBackup } from '../../../src/features/share/backup-adoption';

const SENDER = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';
const client = {
  id: '00000000-0000-4000-8000-000000000003',
  displayName: 'Jeroen',
  firstImportAt: '2026-01-05T09:00:00.000Z',
  lastImportAt: '2026-01-05T09:00:00.000Z',
  lastBundleAt: '2026-01-05T09:00:00.000Z',
};

type Bundle = 'client backup' | 'coach backup' | 'client export' | 'coach return';
const manifests: Record<Bundle, Pick<BundleManifest, 'kind' | 'sender' | 'clients'>> = {
  'client backup': { kind: 'backup', sender: { profileId: SENDER, displayName: 'Sanne' } },
  'coach backup': {
    kind: 'backup',
    sender: { profileId: SENDER, displayName: 'Coach' },
    clients: [client],
  },
  'client export': { kind: 'client-export', sender: { profileId: SENDER, displayName: 'Sanne' } },
  'coach return': { kind: 'coach-return', sender: { profileId: SENDER, displayName: 'Coach' } },
};

type Role = 'client' | 'coach' | null;
type Profile = 'none' | 'sender' | 'other, empty' | 'other, with records';

async function decide(bundle: Bundle, role: Role, profile: Profile) {
  const asked: string[] = [];
  const adopted = await adoptsBackup(manifests[bundle], {
    role,
    profileId: profile === 'none' ? null : profile === 'sender' ? SENDER : OTHER,
    countOwned: async (id) => {
      asked.push(id);
      return profile === 'other, with records' ? 3 : 0;
    },
  });
  return { adopted, asked };
}

const roles: Role[] = ['client', 'coach', null];
const profiles: Profile[] = ['none', 'sender', 'other, empty', 'other, with records'];

// Adopted exactly when the backup is of the device's own role (a role not chosen yet counts
// as not a coach), from another profile, and this device has no profile or an empty one.
const expected: Record<Bundle, Record<string, Record<Profile, boolean>>> = {
  'client backup': {
    client: { none: true, sender: false, 'other, empty': true, 'other, with records': false },
    coach: { none: false, sender: false, 'other, empty': false, 'other, with records': false },
    null: { none: true, sender: false, 'other, empty': true, 'other, with records': false },
  },
  'coach backup': {
    client: { none: false, sender: false, 'other, empty': false, 'other, with records': false },
    coach: { none: true, sender: false, 'other, empty': true, 'other, with records': false },
    null: { none: false, sender: false, 'other, empty': false, 'other, with records': false },
  },
  'client export': {
    client: { none: false, sender: false, 'other, empty': false, 'other, with records': false },
    coach: { none: false, sender: false, 'other, empty': false, 'other, with records': false },
    null: { none: false, sender: false, 'other, empty': false, 'other, with records': false },
  },
  'coach return': {
    client: { none: false, sender: false, 'other, empty': false, 'other, with records': false },
    coach: { none: false, sender: false, 'other, empty': false, 'other, with records': false },
    null: { none: false, sender: false, 'other, empty': false, 'other, with records': false },
  },
};

describe('adoptsBackup', () => {
  for (const bundle of Object.keys(manifests) as Bundle[]) {
    for (const role of roles) {
      for (const profile of profiles) {
        it(`${bundle}, device role ${role ?? 'none'}, profile ${profile}`, async () => {
          const { adopted } = await decide(bundle, role, profile);
          expect(adopted).toBe(expected[bundle][String(role)]?.[profile]);
        });
      }
    }
  }

  it('counts the device’s records only when that decides, and for its own profile', async () => {
    expect((await decide('client backup', 'client', 'other, empty')).asked).toEqual([OTHER]);
    expect((await decide('client backup', 'client', 'none')).asked).toEqual([]);
    expect((await decide('client backup', 'coach', 'other, empty')).asked).toEqual([]);
    expect((await decide('client export', 'client', 'other, empty')).asked).toEqual([]);
  });
});

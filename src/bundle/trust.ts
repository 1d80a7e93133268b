// Who made a file, and may it be imported on this device: the signature's key against the key
// this device expects for the claimed sender (its own, one pinned on first contact, or the
// coach's from the coach code), and a backup only as one's own. Pure: the importer gives it
// the device's keys and pins and writes what it decides, in the import's transaction.
import { BundleError } from './errors';
import type { BundleManifest } from './format';
import type { OpenedBundle } from './signed-payload';

/** A public signing key with its fingerprint. */
export interface KnownKey {
  publicKey: string;
  fingerprint: string;
}

/** A sender's key as this device pinned it. */
export interface PinnedKey extends KnownKey {
  profileId: string;
  displayName: string;
  pinnedAt: string;
}

/** What this device knows that decides whom to trust. */
export interface DeviceTrust {
  /** The device's own profile and signing key (null before they are made). */
  ownProfileId: string | null;
  ownKey: KnownKey | null;
  role: 'client' | 'coach' | null;
  /** On a client's device: the coach's signing key, if the coach code carried it. */
  coachCodeKey: KnownKey | null;
  /** No data of its own: no record, no client, no pinned key. */
  empty: boolean;
  /** The key pinned for a sender profile, if any. */
  pinned(profileId: string): PinnedKey | undefined;
}

/** Where the key a file is checked against came from. */
export type KeyBasis = 'own' | 'pinned' | 'coach-code';

/** What the preview says about the sender. */
export type SenderVerdict =
  /** Signed with the key this device expects for the sender. */
  | { state: 'verified'; basis: KeyBasis; fingerprint: string; pinnedAt?: string }
  /** Signed, and the first file from this sender: its key is pinned on import. */
  | { state: 'first-contact'; fingerprint: string }
  /** Signed, a backup adopted on an empty device: nothing to compare it with. */
  | { state: 'adopted'; fingerprint: string }
  /** Not signed: imported only after the user confirms a plain warning. */
  | { state: 'unsigned' };

/** The decision about a file: what to say, whether to adopt it and whether to pin its key. */
export interface TrustDecision {
  sender: SenderVerdict;
  /** A backup restored as this device's own on an empty device: profile and key are taken over. */
  adopt: boolean;
  /** The sender's key to pin on import (first contact, or first file after the coach code). */
  pin: KnownKey | null;
}

/** The role of the device a backup was made on (older backups: a coach's lists clients). */
export function backupRole(manifest: BundleManifest): 'client' | 'coach' {
  return manifest.deviceRole ?? ((manifest.clients?.length ?? 0) > 0 ? 'coach' : 'client');
}

/** The key this device expects for the file's sender, and where it came from. */
function expectedKey(
  opened: OpenedBundle,
  device: DeviceTrust,
): { key: KnownKey | null; basis: KeyBasis; pinnedAt?: string } | null {
  const { profileId } = opened.manifest.sender;
  // One's own profile is never pinned: only this device's key signs for it.
  if (profileId === device.ownProfileId) return { key: device.ownKey, basis: 'own' };
  const pinned = device.pinned(profileId);
  if (pinned) return { key: pinned, basis: 'pinned', pinnedAt: pinned.pinnedAt };
  if (opened.manifest.kind === 'coach-return' && device.coachCodeKey) {
    return { key: device.coachCodeKey, basis: 'coach-code' };
  }
  return null;
}

/** Decides whether a file may be imported here, and how; throws the refusal's BundleError. */
export function judgeSender(opened: OpenedBundle, device: DeviceTrust): TrustDecision {
  const { manifest, signature } = opened;
  const senderName = manifest.sender.displayName;
  if (manifest.kind === 'backup' && device.empty) {
    if (device.role !== null && backupRole(manifest) !== device.role) {
      throw new BundleError(
        'not-own-backup',
        `This is a backup of a ${backupRole(manifest)}'s device; this device is a ${device.role}'s.`,
        { backupProblem: 'other-role', backupRole: backupRole(manifest), senderName },
      );
    }
    // Nothing here to lose or to compare with: the backup becomes this device's own.
    return {
      sender:
        signature.state === 'signed'
          ? { state: 'adopted', fingerprint: signature.fingerprint }
          : { state: 'unsigned' },
      adopt: true,
      pin: null,
    };
  }
  if (manifest.kind === 'backup' && manifest.sender.profileId !== device.ownProfileId) {
    throw new BundleError(
      'not-own-backup',
      'This backup was made on another device, and this device holds data of its own.',
      { backupProblem: 'other-device', senderName },
    );
  }
  const expected = expectedKey(opened, device);
  if (signature.state === 'unsigned') {
    if (expected !== null) {
      throw new BundleError(
        'unsigned-known-sender',
        'This file is not signed, but files from its sender are.',
        { senderName, expectedFrom: expected.basis },
      );
    }
    return { sender: { state: 'unsigned' }, adopt: false, pin: null };
  }
  const actual = { publicKey: signature.publicKey, fingerprint: signature.fingerprint };
  if (expected === null) {
    return {
      sender: { state: 'first-contact', fingerprint: actual.fingerprint },
      adopt: false,
      pin: actual,
    };
  }
  if (expected.key?.publicKey !== actual.publicKey) {
    throw new BundleError(
      'sender-key-changed',
      'This file claims a sender whose files this device knows, but it is signed with another key.',
      {
        senderName,
        expectedFrom: expected.basis,
        actualFingerprint: actual.fingerprint,
        ...(expected.key ? { expectedFingerprint: expected.key.fingerprint } : {}),
      },
    );
  }
  return {
    sender: {
      state: 'verified',
      basis: expected.basis,
      fingerprint: actual.fingerprint,
      ...(expected.pinnedAt ? { pinnedAt: expected.pinnedAt } : {}),
    },
    adopt: false,
    // The coach code named the key; the profile it signs for is learnt from this first file.
    pin: expected.basis === 'coach-code' ? actual : null,
  };
}

// The export's rules, apart from the screen: which kinds a role makes, when a key can protect
// the file, whom a key-protected file is encrypted to, and the manifest fields it carries.
import type { EncryptTarget } from '../../bundle/age-crypto';
import type { ManifestInput } from '../../bundle/export-json';
import type { BackupClient, BackupSenderKey, BundleKind, BundleScope } from '../../bundle/format';
import type { Settings } from '../../db/settings';
import { type ShareSection, typesOf } from '../../domain/share/scope';

/** How a file is protected. */
export type Protection = 'key' | 'passphrase';

/** The kinds a role makes, the one offered first first (no role yet counts as a client). */
export function exportKinds(role: Settings['role']): BundleKind[] {
  return role === 'coach' ? ['coach-return', 'backup'] : ['client-export', 'backup'];
}

/** The kind the screen opens with: a backup when the route asks for one, else the first. */
export function initialKind(role: Settings['role'], requested: string | undefined): BundleKind {
  return requested === 'backup' ? 'backup' : (exportKinds(role)[0] ?? 'client-export');
}

/**
 * Whether a key can protect this kind: an export for the coach needs the coach's code; a
 * backup is encrypted to this device's own key; anything else takes a passphrase.
 */
export function keyPossible(kind: BundleKind, hasCoachCode: boolean): boolean {
  return kind === 'client-export' ? hasCoachCode : kind === 'backup';
}

/** The protection actually used: the chosen one where a key is possible, else a passphrase. */
export function effectiveProtection(
  kind: BundleKind,
  chosen: Protection,
  hasCoachCode: boolean,
): Protection {
  return keyPossible(kind, hasCoachCode) ? chosen : 'passphrase';
}

/** What a target is made from. */
export interface TargetParts {
  /** This device's own age recipient (always a recipient of a key-protected file). */
  ownRecipient: string;
  /** The coach's recipient from their code, when the client has one. */
  coachRecipient: string | undefined;
  passphrase: string | null;
  /** The device's calibrated scrypt work factor (asked only for a passphrase). */
  workFactor: number | undefined;
}

/**
 * Whom the file is encrypted to: with a key, the coach and oneself for an export to the coach
 * (so one's own device opens it too), oneself alone otherwise; with a passphrase, that
 * passphrase at the calibrated work factor. Undefined when a passphrase is needed but missing.
 */
export function exportTarget(
  kind: BundleKind,
  protection: Protection,
  parts: TargetParts,
): EncryptTarget | undefined {
  if (protection === 'key') {
    const recipients =
      kind === 'client-export' && parts.coachRecipient
        ? [parts.coachRecipient, parts.ownRecipient]
        : [parts.ownRecipient];
    return { type: 'recipients', recipients };
  }
  if (!parts.passphrase) return undefined;
  return parts.workFactor === undefined
    ? { type: 'passphrase', passphrase: parts.passphrase }
    : { type: 'passphrase', passphrase: parts.passphrase, workFactor: parts.workFactor };
}

/** The records a file takes: its sections, and a date range where one was chosen. */
export interface ExportChoice {
  sections: readonly ShareSection[];
  from?: string;
  to?: string;
}

/** The device state a backup carries (see exportManifestInput). */
export interface DeviceState {
  clients: BackupClient[];
  senderKeys: BackupSenderKey[];
  signingSecretKey: string;
  deviceRole: 'client' | 'coach';
}

/** The manifest fields the export chooses (format fields and counts are filled in later). */
export function exportManifestInput(input: {
  appVersion: string;
  schemaVersion: number;
  kind: BundleKind;
  profileId: string;
  displayName: string;
  ownRecipient: string;
  /** The public key this device signs with, so the receiver can tell the file is its. */
  signingKey: string;
  choice: ExportChoice;
  now: Date;
  /**
   * What a backup carries of the device beside its records, so a device restored from it goes
   * on as this one: a coach's client list, the senders' keys it pinned, its signing key and role.
   */
  device: DeviceState | undefined;
}): ManifestInput {
  const scope: BundleScope = {
    sections: typesOf(input.choice.sections),
    ...(input.choice.from === undefined ? {} : { from: input.choice.from }),
    ...(input.choice.to === undefined ? {} : { to: input.choice.to }),
  };
  return {
    appVersion: input.appVersion,
    schemaVersion: input.schemaVersion,
    kind: input.kind,
    sender: {
      profileId: input.profileId,
      displayName: input.displayName,
      recipient: input.ownRecipient,
      signingKey: input.signingKey,
    },
    scope,
    createdAt: input.now.toISOString(),
    ...(input.kind === 'backup' && input.device ? input.device : {}),
  };
}

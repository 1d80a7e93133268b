// Whether opening a backup takes over its identity (profile id and name): the rule behind the
// import screen's "this device becomes the one in the backup", apart from the screen so every
// combination of roles is tested.
import type { BundleManifest } from '../../bundle/format';
import type { Settings } from '../../db/settings';

/** What the rule needs of this device: its role and profile, and a count of its own records. */
export interface AdoptingDevice {
  role: Settings['role'];
  profileId: string | null;
  /** How many records this device's profile owns; asked only when it decides the answer. */
  countOwned: (profileId: string) => Promise<number>;
}

/**
 * True when a backup's identity becomes this device's: it is a backup of this device's own
 * role (a coach's backup lists its clients, a client's does not, so a coach never takes over
 * a client's identity by opening their backup, nor the reverse), of another profile than this
 * one, and this device has no profile yet or has stored nothing under it.
 */
export async function adoptsBackup(
  manifest: Pick<BundleManifest, 'kind' | 'sender' | 'clients'>,
  device: AdoptingDevice,
): Promise<boolean> {
  const coachBackup = (manifest.clients?.length ?? 0) > 0;
  return (
    manifest.kind === 'backup' &&
    coachBackup === (device.role === 'coach') &&
    device.profileId !== manifest.sender.profileId &&
    (device.profileId === null || (await device.countOwned(device.profileId)) === 0)
  );
}

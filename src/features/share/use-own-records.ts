// The device owner's records, live, for the export summary.
import type { BundleRecords } from '../../bundle/format';
import { loadOwnRecords } from '../../db/bundle-export';
import { type LiveResult, useLiveQuery } from '../../db/live';

/** All records of `ownerId` per type (tombstones too), re-read when they change. */
export function useOwnRecords(
  ownerId: string | null,
  everyOwner = false,
): LiveResult<BundleRecords | null> {
  return useLiveQuery(
    () => (everyOwner ? loadOwnRecords(null) : ownerId ? loadOwnRecords(ownerId) : null),
    [ownerId, everyOwner],
  );
}

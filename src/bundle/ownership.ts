// An import's records must all belong to the bundle's sender; anything else is refused.
import { type RecordBase, recordTypes } from '../domain/records/index';
import { BundleError } from './errors';
import type { BundlePayload } from './format';

/**
 * Throws invalid-contents when a record's ownerId is not the manifest's sender: a bundle can
 * only carry its sender's own records, so it can never write into another profile's data.
 */
export function checkSenderOwnership(payload: BundlePayload): void {
  // A backup is the sender's whole device: it may hold records of others (a coach's notes on
  // a client's phone, a coach's clients). Whether it may be restored here at all is decided by
  // who made it (trust.ts: only as the device's own).
  if (payload.manifest.kind === 'backup') return;
  const sender = payload.manifest.sender.profileId;
  for (const type of recordTypes) {
    const list = payload.records[type] as RecordBase[];
    const index = list.findIndex((r) => r.ownerId !== sender);
    if (index >= 0) {
      throw new BundleError(
        'invalid-contents',
        `Record ${index} of type ${type} does not belong to the sender of the bundle.`,
        {
          path: `records.${type}[${index}].ownerId`,
          recordType: type,
          recordIndex: index,
          field: 'ownerId',
        },
      );
    }
  }
}

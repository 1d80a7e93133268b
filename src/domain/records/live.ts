// Tombstones (records with `deletedAt`) travel in bundles but stay out of every list.

/** Whether a record is live: present and not deleted. Use as a filter over read records. */
export function isLive<R extends { deletedAt?: string | undefined }>(
  record: R | undefined,
): record is R {
  return record !== undefined && record.deletedAt === undefined;
}

/** The live records of a list, in the same order. */
export function liveOnly<R extends { deletedAt?: string | undefined }>(
  records: readonly (R | undefined)[],
): R[] {
  return records.filter(isLive);
}

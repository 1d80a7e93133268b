// The record header for generated records: ids, timestamps, revisions, some tombstones and
// some records marked private, in the proportions a real device ends up with.
import type { RecordBase } from '../../src/domain/records';
import type { Rng } from './random';
import { revision, writtenAt } from './time';

/** A header for a record about `occurred`, owned by `ownerId`, as of `end`. */
export function generatedHeader(rng: Rng, ownerId: string, occurred: Date, end: Date): RecordBase {
  const created = writtenAt(rng, occurred, end);
  const { updated, rev } = revision(rng, created, end);
  const header: RecordBase = {
    id: rng.uuid(),
    ownerId,
    createdAt: created.toISOString(),
    updatedAt: updated.toISOString(),
    rev,
  };
  // About 1 in 100 records was deleted (tombstones travel and must stay fast too).
  if (rng.chance(0.01)) {
    header.deletedAt = updated.toISOString();
    header.rev += 1;
  }
  if (rng.chance(0.03)) header.private = true;
  return header;
}

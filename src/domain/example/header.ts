// The record header of an example record.
import type { RecordBase } from '../records';

/** A header for example record `id`, created at `createdAt` and never changed since. */
export function exampleHeader(ownerId: string, id: string, createdAt: string): RecordBase {
  return { id, ownerId, createdAt, updatedAt: createdAt, rev: 1, example: true };
}

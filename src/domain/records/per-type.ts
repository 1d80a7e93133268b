// Objects with one entry per record type (a bundle's records, an empty set, a filtered copy),
// built from a function that is typed per type, so the loops over all types need no casts.
import type { RecordOf } from './index';
import { type RecordType, recordTypes } from './types';

/** Records per type, every registered type present. */
export type RecordsPerType = { [K in RecordType]: RecordOf<K>[] };

/** `make(type)` for every record type, in registry order. */
export function recordsPerType(
  make: <T extends RecordType>(type: T) => RecordOf<T>[],
): RecordsPerType {
  // The one assertion: TypeScript cannot see that the entries cover every type with its own
  // rows, which `make`'s signature guarantees.
  return Object.fromEntries(recordTypes.map((type) => [type, make(type)])) as RecordsPerType;
}

/** As recordsPerType, with `make` asynchronous; types are read one after another. */
export async function recordsPerTypeAsync(
  make: <T extends RecordType>(type: T) => Promise<RecordOf<T>[]>,
): Promise<RecordsPerType> {
  const entries: [RecordType, RecordOf<RecordType>[]][] = [];
  for (const type of recordTypes) entries.push([type, await make(type)]);
  return Object.fromEntries(entries) as RecordsPerType;
}

// The example client's zkm records. Filled in by the zkm feature.
import type { RecordOf } from '../records';

/** The example zkm records. */
export function exampleZkm(
  _ownerId: string,
  _now: Date,
): Partial<{
  [T in 'diaryEntries' | 'investigations' | 'valuations' | 'focusingSessions']: RecordOf<T>[];
}> {
  return {};
}

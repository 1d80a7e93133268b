// The example client's diary records. Filled in by the diary feature.
import type { RecordOf } from '../records';

/** The example diary records. */
export function exampleDiary(
  _ownerId: string,
  _now: Date,
): Partial<{
  [T in 'diaryEntries' | 'investigations' | 'valuations' | 'focusingSessions']: RecordOf<T>[];
}> {
  return {};
}

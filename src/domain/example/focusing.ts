// The example client's focusing records. Filled in by the focusing feature.
import type { RecordOf } from '../records';

/** The example focusing records. */
export function exampleFocusing(
  _ownerId: string,
  _now: Date,
): Partial<{
  [T in 'diaryEntries' | 'investigations' | 'valuations' | 'focusingSessions']: RecordOf<T>[];
}> {
  return {};
}

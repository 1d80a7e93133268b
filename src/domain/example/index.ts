// The fictional example client (modelled on the case in the domain notes): a lab analyst
// recovering from burn-out whose drive to prove himself dominates connection. Each capability
// adds its part in its own module here.
import type { RecordOf, RecordType } from '../records';
import { exampleDiary } from './diary';
import { exampleFocusing } from './focusing';
import { exampleOwnReports, exampleThemes } from './trajectory';
import { exampleZkm } from './zkm';

/** Example records per record type. */
export type ExampleData = { [T in RecordType]?: RecordOf<T>[] };

/** The whole example, owned by `ownerId`, with dates relative to `now`. */
export function buildExampleData(ownerId: string, now: Date): ExampleData {
  return {
    themes: exampleThemes(ownerId, now),
    ownReports: exampleOwnReports(ownerId, now),
    ...exampleDiary(ownerId, now),
    ...exampleZkm(ownerId, now),
    ...exampleFocusing(ownerId, now),
  };
}

// The fictional example client (modelled on the case in the domain notes): a lab analyst
// recovering from burn-out whose drive to prove himself dominates connection. Each capability
// adds its part here as it lands.
import type { RecordOf, RecordType } from '../records';
import { exampleThemes } from './trajectory';

/** Example records per record type. */
export type ExampleData = { [T in RecordType]?: RecordOf<T>[] };

/** The whole example, owned by `ownerId`, with dates relative to `now`. */
export function buildExampleData(ownerId: string, now: Date): ExampleData {
  return {
    themes: exampleThemes(ownerId, now),
  };
}

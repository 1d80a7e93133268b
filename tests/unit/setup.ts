// Unit and integration tests run in Node: IndexedDB comes from fake-indexeddb.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { vi } from 'vitest';

// Every fast-check property runs with a fixed seed, so a clean clone runs the same cases every
// time and never flakes on a case no one has seen. A failure prints its seed and path; replay
// it with FC_SEED=<seed> (and `path` in the property's options), or explore other cases with a
// new FC_SEED. A property that passes its own `seed` keeps it.
const seed = Number(process.env.FC_SEED ?? 20_261_202);
fc.configureGlobal({ seed, numRuns: 100 });

// Node 21 and later have a navigator that speaks the machine's locale; Node 20 has none. Dates
// are written for the browser's languages (src/i18n/date-locale.ts), so every run starts as a
// browser that asks for none, whatever the machine.
if ('navigator' in globalThis) vi.stubGlobal('navigator', undefined);

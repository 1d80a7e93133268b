// Times one small scrypt run, so the UI can pick a work factor the device manages (never < 17).
import { PROBE_WORK_FACTOR } from '../domain/share/calibration';
import { encryptAge } from './age-crypto';

/** Milliseconds one age passphrase encryption at PROBE_WORK_FACTOR takes on this thread. */
export async function timeScrypt(): Promise<number> {
  const start = performance.now();
  await encryptAge(new Uint8Array(16), {
    type: 'passphrase',
    passphrase: 'calibration',
    // Only a timing probe: the output is thrown away, never stored or sent.
    testOnlyInsecureWorkFactor: PROBE_WORK_FACTOR,
  });
  return performance.now() - start;
}

// The share screens' one crypto worker, started on first use, and the scrypt work factor this
// device can afford (calibrated once per session, 18 unless the device is slow, never < 17).
import { type CryptoClient, sharedCryptoClient } from '../../bundle/crypto-client';
import { chooseWorkFactor, PROBE_WORK_FACTOR } from '../../domain/share/calibration';

let workFactor: Promise<number> | undefined;

/** The crypto worker client (scrypt and age run there, never on the UI thread). */
export function cryptoClient(): CryptoClient {
  return sharedCryptoClient();
}

/** The scrypt work factor for new passphrase files on this device. */
export function deviceWorkFactor(): Promise<number> {
  workFactor ??= cryptoClient()
    .call('calibrate', {})
    .then((ms) => chooseWorkFactor(ms, PROBE_WORK_FACTOR))
    .catch(() => chooseWorkFactor(0, PROBE_WORK_FACTOR));
  return workFactor;
}

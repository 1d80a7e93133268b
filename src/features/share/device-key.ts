// The device's own X25519 key: made once on first need, kept in idb-keyval (src/db/keys.ts).
import { getDeviceIdentity, type StoredIdentity, setDeviceIdentity } from '../../db/keys';
import { cryptoClient } from './crypto';

let pending: Promise<StoredIdentity> | undefined;

/** The device's identity, generated in the worker the first time it is needed. */
export function ensureDeviceIdentity(): Promise<StoredIdentity> {
  pending ??= (async () => {
    const held = await getDeviceIdentity();
    if (held) return held;
    const pair = await cryptoClient().call('generateKey', {});
    const made = { ...pair, createdAt: new Date().toISOString() };
    await setDeviceIdentity(made);
    return made;
  })().finally(() => {
    pending = undefined;
  });
  return pending;
}

// The device's own keys, made once on first need in the worker and kept in idb-keyval
// (src/db/keys.ts): its X25519 identity (files are encrypted to it too) and its Ed25519
// signing key (every file it makes is signed with it).
import {
  getDeviceIdentity,
  getSigningKey,
  keepFirstSigningKey,
  type StoredIdentity,
  type StoredSigningKey,
  setDeviceIdentity,
} from '../../db/keys';
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

let pendingSigning: Promise<StoredSigningKey> | undefined;

/**
 * The device's signing key, generated in the worker the first time it is needed (before the
 * first file is made or opened). A key another tab stored meanwhile wins over a new one.
 */
export function ensureSigningKey(): Promise<StoredSigningKey> {
  pendingSigning ??= (async () => {
    const held = await getSigningKey();
    if (held) return held;
    const made = await cryptoClient().call('generateSigningKey', {});
    return keepFirstSigningKey({ ...made, createdAt: new Date().toISOString() });
  })().finally(() => {
    pendingSigning = undefined;
  });
  return pendingSigning;
}

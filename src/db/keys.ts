// Keys on this device, in idb-keyval under their own keys (apart from settings): the device's
// own X25519 identity, its Ed25519 signing key, the coach's identity (on a coach's device)
// and the known coach code.
// Under the app lock each value is sealed with the data key, its own name in the envelope's
// additional data (`koers/local/v1 ∖0 deviceKeys ∖0 name`), and stored as `{ sealed }`: a
// value is either sealed or plain, never both. Reading a sealed value while locked throws
// LockError `locked` (an export or a signature then fails; it never makes a new plain key);
// writing while the lock seals and no key is held throws the same. The crypto is loaded only
// when a value is sealed or the lock seals.
import { del, get, type UseStore, update } from 'idb-keyval';
import type { Envelope } from '../lock/envelope';
import { LockError } from '../lock/errors';
import { keyHolder } from '../lock/key-holder';
import { hasEnvelope, SEALED_FIELD } from '../lock/sealed-field';
import { KEYS_DATABASE } from './keyval-names';
import { keyvalStore } from './keyval-store';

/** An X25519 key pair as stored. */
export interface StoredIdentity {
  /** `AGE-SECRET-KEY-1…`: never leaves the device unencrypted. */
  identity: string;
  /** `age1…` */
  recipient: string;
  fingerprint: string;
  createdAt: string;
}

/** The coach's identity: usable only once backed up. */
export interface CoachIdentity extends StoredIdentity {
  /** When the passphrase-protected key file was saved; null until then. */
  backedUpAt: string | null;
  /** The public demo key of the examples: opens the example client's file, never real ones. */
  example?: boolean;
}

/** The coach code a client added, with its fingerprint as compared with the coach. */
export interface CoachCode {
  recipient: string;
  /** The fingerprint of the whole code as added (with the signing key, if it carried one). */
  fingerprint: string;
  addedAt: string;
  /** The coach's Ed25519 public key (base64), when the code carried it. */
  signingKey?: string;
  /** Its fingerprint. */
  signingFingerprint?: string;
}

/** The device's Ed25519 signing key as stored. */
export interface StoredSigningKey {
  /** The 32-byte secret key, base64: never leaves the device unencrypted. */
  secretKey: string;
  /** The public key, base64, named in every bundle this device signs. */
  publicKey: string;
  fingerprint: string;
  createdAt: string;
}

const KEYS = {
  device: 'device-identity',
  signing: 'signing-key',
  coach: 'coach-identity',
  moreCoach: 'coach-more-identities',
  coachCode: 'coach-code',
} as const;

let store: UseStore | undefined;
const storeOf = () => {
  store ??= keyvalStore(KEYS_DATABASE.name, KEYS_DATABASE.store);
  return store;
};

/** A value as stored while sealed. */
type SealedValue = { [SEALED_FIELD]: Envelope };

function isSealedValue(raw: unknown): raw is SealedValue {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) && hasEnvelope(raw);
}

/** A stored value opened (LockError `locked` while no key is held); a plain one as it is. */
async function openStored(name: string, raw: unknown): Promise<unknown> {
  if (!isSealedValue(raw)) return raw;
  const key = keyHolder.key();
  if (key === undefined) {
    throw new LockError('locked');
  }
  const { openValue } = await import('../lock/value-envelope');
  return openValue(key, 'deviceKeys', name, raw[SEALED_FIELD]);
}

/** `value` sealed with `key` under its name. */
async function sealStored(key: CryptoKey, name: string, value: unknown): Promise<SealedValue> {
  const { sealValue } = await import('../lock/value-envelope');
  return { [SEALED_FIELD]: await sealValue(key, 'deviceKeys', name, value) };
}

/** The value as it is to be stored: sealed while the lock seals writes, else as it is. */
async function storedForm(name: string, value: unknown): Promise<unknown> {
  const [{ getDatabase }, { sealingKey }] = await Promise.all([
    import('./database'),
    import('./sealing'),
  ]);
  const key = await sealingKey(getDatabase());
  return key === undefined ? value : sealStored(key, name, value);
}

/** Two stored values alike (bytes compared by value): nothing changed in between. */
function sameStored(a: unknown, b: unknown): boolean {
  const text = (v: unknown) =>
    JSON.stringify(v, (_k, x: unknown) => (x instanceof Uint8Array ? Array.from(x) : x));
  return text(a) === text(b);
}

/** The value stored under `name`, opened. */
async function read(name: string): Promise<unknown> {
  return openStored(name, await get(name, storeOf()));
}

/**
 * Replaces the value under `name` with `change(held)`. The crypto cannot run inside
 * idb-keyval's update (its transaction would end), so the new value is made outside and
 * stored only if the stored value is still the one it was made from (another tab may have
 * written meanwhile); else it starts again. Returns what is stored. When `change` returns
 * `held` itself nothing is written.
 */
async function modify(name: string, change: (held: unknown) => unknown): Promise<unknown> {
  for (;;) {
    const raw = await get(name, storeOf());
    const held = await openStored(name, raw);
    const next = change(held);
    if (next === held) return held;
    const stored = await storedForm(name, next);
    let unchanged = false;
    await update(
      name,
      (current: unknown) => {
        unchanged = sameStored(current, raw);
        return unchanged ? stored : current;
      },
      storeOf(),
    );
    if (unchanged) return next;
  }
}

/** Stores `value` under `name`, sealed under the lock. */
async function write(name: string, value: unknown): Promise<void> {
  await modify(name, () => value);
}

/**
 * Seals (`on`) or opens every device key with `key`, for turning the lock on or off. A value
 * already in the target shape is left as it is, so running it twice changes nothing.
 */
export async function turnDeviceKeyValues(key: CryptoKey, on: boolean): Promise<void> {
  for (const name of Object.values(KEYS)) {
    for (;;) {
      const raw = await get(name, storeOf());
      if (raw === undefined || isSealedValue(raw) === on) break;
      const target = on
        ? await sealStored(key, name, raw)
        : await import('../lock/value-envelope').then((c) =>
            c.openValue(key, 'deviceKeys', name, (raw as SealedValue)[SEALED_FIELD]),
          );
      let unchanged = false;
      await update(
        name,
        (current: unknown) => {
          unchanged = sameStored(current, raw);
          return unchanged ? target : current;
        },
        storeOf(),
      );
      if (unchanged) break;
    }
  }
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** True when `v` has the fields of a stored identity. */
function isIdentity(v: unknown): v is StoredIdentity {
  const o = v as Partial<StoredIdentity> | undefined;
  return (
    typeof o === 'object' &&
    o !== null &&
    isText(o.identity) &&
    o.identity.startsWith('AGE-SECRET-KEY-1') &&
    isText(o.recipient) &&
    isText(o.fingerprint) &&
    isText(o.createdAt)
  );
}

/** The device's own identity (clients: the second recipient of every export), if made. */
export async function getDeviceIdentity(): Promise<StoredIdentity | undefined> {
  const v = await read(KEYS.device);
  return isIdentity(v) ? v : undefined;
}

/** Stores the device's own identity. */
export async function setDeviceIdentity(value: StoredIdentity): Promise<void> {
  await write(KEYS.device, value);
}

/** True when `v` has the fields of a stored signing key. */
function isSigningKey(v: unknown): v is StoredSigningKey {
  const o = v as Partial<StoredSigningKey> | undefined;
  return (
    typeof o === 'object' &&
    o !== null &&
    isText(o.secretKey) &&
    isText(o.publicKey) &&
    isText(o.fingerprint) &&
    isText(o.createdAt)
  );
}

/** The device's signing key, if made. */
export async function getSigningKey(): Promise<StoredSigningKey | undefined> {
  const v = await read(KEYS.signing);
  return isSigningKey(v) ? v : undefined;
}

/**
 * Stores `made` as the device's signing key unless one is stored already (another tab may
 * have made one meanwhile); returns the key that is stored. One read-write transaction.
 */
export async function keepFirstSigningKey(made: StoredSigningKey): Promise<StoredSigningKey> {
  const kept = await modify(KEYS.signing, (held) => (isSigningKey(held) ? held : made));
  return kept as StoredSigningKey;
}

/** Stores (or, restoring a backup or key file, replaces) the device's signing key. */
export async function setSigningKey(value: StoredSigningKey): Promise<void> {
  await write(KEYS.signing, value);
}

/** The coach's main identity on this device (the one in the coach code), if any. */
export async function getCoachIdentity(): Promise<CoachIdentity | undefined> {
  return asCoachIdentity(await read(KEYS.coach));
}

/** Stores (or replaces) the coach's identity. */
export async function setCoachIdentity(value: CoachIdentity): Promise<void> {
  await write(KEYS.coach, value);
}

/** Removes the coach's identity (only offered before it was backed up and used). */
export async function removeCoachIdentity(): Promise<void> {
  await del(KEYS.coach, storeOf());
}

const asCoachIdentity = (v: unknown): CoachIdentity | undefined => {
  if (!isIdentity(v)) return undefined;
  const { backedUpAt, example } = v as Partial<CoachIdentity>;
  return {
    identity: v.identity,
    recipient: v.recipient,
    fingerprint: v.fingerprint,
    createdAt: v.createdAt,
    backedUpAt: isText(backedUpAt) ? backedUpAt : null,
    ...(example === true ? { example: true } : {}),
  };
};

/**
 * The coach's other keys on this device: earlier keys restored from key files (files made for
 * them still open) and the example's demo key. The key in the coach code is the main one.
 */
export async function getMoreCoachIdentities(): Promise<CoachIdentity[]> {
  const v = await read(KEYS.moreCoach);
  if (!Array.isArray(v)) return [];
  return v.map(asCoachIdentity).filter((k): k is CoachIdentity => k !== undefined);
}

/**
 * Adds `value` to the coach's other keys, in one read-write transaction; a key already held
 * (the same recipient, as the main key or another) is not added twice. Returns whether it was.
 */
export async function addCoachIdentity(value: CoachIdentity): Promise<boolean> {
  const main = await getCoachIdentity();
  if (main?.recipient === value.recipient) return false;
  let added = false;
  await modify(KEYS.moreCoach, (held: unknown) => {
    const list: unknown[] = Array.isArray(held) ? held : [];
    added = !list.some((k) => asCoachIdentity(k)?.recipient === value.recipient);
    return added ? [...list, value] : held;
  });
  return added;
}

/** Forgets one of the coach's other keys (the demo key, or a key no longer used). */
export async function removeMoreCoachIdentity(recipient: string): Promise<void> {
  await modify(KEYS.moreCoach, (held: unknown) =>
    (Array.isArray(held) ? held : []).filter((k) => asCoachIdentity(k)?.recipient !== recipient),
  );
}

/**
 * Makes one of the other keys the main one (the key in the coach code); the main key it
 * replaces stays as another key, so files made for it still open. In an order that holds every
 * key somewhere at each step, so an interruption can duplicate a key but never lose one.
 */
export async function makeMainCoachIdentity(recipient: string): Promise<void> {
  const chosen = (await getMoreCoachIdentities()).find(
    (k) => k.recipient === recipient && !k.example,
  );
  if (!chosen) return;
  const main = await getCoachIdentity();
  if (main) {
    await modify(KEYS.moreCoach, (held: unknown) => [...(Array.isArray(held) ? held : []), main]);
  }
  await setCoachIdentity(chosen);
  await removeMoreCoachIdentity(recipient);
}
/** The coach code this client added, if any. */
export async function getCoachCode(): Promise<CoachCode | undefined> {
  const v = (await read(KEYS.coachCode)) as Partial<CoachCode> | undefined;
  if (!(v && isText(v.recipient) && isText(v.fingerprint) && isText(v.addedAt))) return undefined;
  const code: CoachCode = {
    recipient: v.recipient,
    fingerprint: v.fingerprint,
    addedAt: v.addedAt,
  };
  if (isText(v.signingKey) && isText(v.signingFingerprint)) {
    code.signingKey = v.signingKey;
    code.signingFingerprint = v.signingFingerprint;
  }
  return code;
}

/** Stores the coach code. */
export async function setCoachCode(value: CoachCode): Promise<void> {
  await write(KEYS.coachCode, value);
}

/** Forgets the coach code. */
export async function removeCoachCode(): Promise<void> {
  await del(KEYS.coachCode, storeOf());
}

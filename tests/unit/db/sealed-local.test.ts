// The device-local stores under the app lock: the coach's clients (names and key sealed), the
// device's keys in idb-keyval and the settings' display name. With the lock on, no stored
// value holds the marker text; reads give what they gave with the lock off; locked, reads of
// sealed values throw LockError `locked`; a turn cut short resumes and turning off gives back
// exactly the plain values.
import { clear, createStore, get } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  allClients,
  backupClients,
  clientById,
  listClients,
  registerImport,
  renameClient,
  setClientRecipient,
} from '../../../src/db/clients';
import { createDatabase, type KoersDexie, setDatabase } from '../../../src/db/database';
import {
  addCoachIdentity,
  type CoachIdentity,
  getCoachIdentity,
  getDeviceIdentity,
  getMoreCoachIdentities,
  getSigningKey,
  keepFirstSigningKey,
  type StoredIdentity,
  type StoredSigningKey,
  setDeviceIdentity,
  setSigningKey,
} from '../../../src/db/keys';
import { readLockState } from '../../../src/db/lock-session';
import { beginTurnOff, beginTurnOn, resumeTurn, runTurnBatch } from '../../../src/db/lock-turn';
import { backupSenderKeys, listPinnedKeys } from '../../../src/db/sender-keys';
import {
  loadSettings,
  readSettingsMirror,
  resetSettingsCache,
  updateSettings,
} from '../../../src/db/settings';
import { ensureSigningKey } from '../../../src/features/share/device-key';
import { isLockError } from '../../../src/lock/errors';
import type { PassphraseKdf } from '../../../src/lock/kdf';
import { keyHolder } from '../../../src/lock/key-holder';
import { type NewLock, setUpLock } from '../../../src/lock/setup';
import { freshDatabase } from './helpers';

const MARKER = 'zq7-MARKER-kompas';
const fast: PassphraseKdf = { name: 'argon2id', memoryKiB: 64, iterations: 1, parallelism: 1 };
const t0 = new Date('2026-11-02T08:00:00.000Z');
const CLIENTS = [
  '1b2c3d4e-0000-4000-8000-000000000001',
  '1b2c3d4e-0000-4000-8000-000000000002',
  '1b2c3d4e-0000-4000-8000-000000000003',
];
const keysStore = createStore('koers-keys', 'keys');
const settingsStore = createStore('koers-settings', 'settings');

let db: KoersDexie;
let lock: NewLock;

const identity = (n: number): StoredIdentity => ({
  identity: `AGE-SECRET-KEY-1${MARKER}${n}`,
  recipient: `age1${MARKER}${n}`,
  fingerprint: `FP-${n}`,
  createdAt: t0.toISOString(),
});
const coachKey = (n: number): CoachIdentity => ({ ...identity(n), backedUpAt: null });
const signing: StoredSigningKey = {
  secretKey: `${MARKER}-secret`,
  publicKey: `${MARKER}-public`,
  fingerprint: 'FP-S',
  createdAt: t0.toISOString(),
};

/** Every raw value the device-local stores hold, as one text to search for the marker. */
async function rawText(): Promise<string> {
  const values: unknown[] = [
    await db.clients.toArray(),
    await db.importLog.toArray(),
    await db.senderKeys.toArray(),
  ];
  for (const name of [
    'device-identity',
    'signing-key',
    'coach-identity',
    'coach-more-identities',
  ]) {
    values.push(await get(name, keysStore));
  }
  values.push(await get('settings', settingsStore));
  return JSON.stringify(values);
}

async function expectLocked(promise: Promise<unknown>): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isLockError(error, 'locked')).toBe(true);
}

async function seedClients(): Promise<void> {
  for (const [i, clientId] of CLIENTS.entries()) {
    await registerImport(
      db,
      {
        clientId,
        displayName: `${MARKER} client ${i}`,
        kind: 'client-export',
        bundleCreatedAt: t0.toISOString(),
        importedAt: t0.toISOString(),
        added: {},
        updated: {},
        deleted: {},
        recipient: `age1${MARKER}${i}`,
      },
      () => `log-${i}`,
    );
  }
  await renameClient(CLIENTS[0] as string, `${MARKER} alias`, db);
  await db.senderKeys.put({
    profileId: CLIENTS[0] as string,
    displayName: `${MARKER} pinned`,
    signingKey: 'cHVibGlj',
    fingerprint: 'FP-P',
    pinnedAt: t0.toISOString(),
  });
}

async function turnOn(): Promise<void> {
  await beginTurnOn(db, [lock.passphraseWrapper, lock.recoveryWrapper], t0);
  await resumeTurn(db, lock.key);
}

beforeEach(async () => {
  db = freshDatabase();
  await clear(keysStore);
  await clear(settingsStore);
  resetSettingsCache();
  lock = await setUpLock('kompas molen negen', fast);
  keyHolder.hold(lock.key);
});
afterEach(async () => {
  keyHolder.lock();
  vi.unstubAllGlobals();
  await db.delete();
});

describe('the clients and pinned senders under the lock', () => {
  it('seal names and key, read the same as with the lock off, and throw while locked', async () => {
    await seedClients();
    const plainList = await listClients(db);
    const plainBackup = await backupClients(db);
    const plainRows = await db.clients.toArray();
    const plainPins = await listPinnedKeys(db);
    expect(JSON.stringify(plainRows)).toContain(MARKER);

    await turnOn();
    expect((await readLockState(db.lockState)).state).toBe('on');
    expect(await rawText()).not.toContain(MARKER);
    expect(await listClients(db)).toEqual(plainList);
    expect(await backupClients(db)).toEqual(plainBackup);
    expect(await allClients(db)).toEqual(plainRows);
    expect(await clientById(CLIENTS[0] as string, db)).toEqual(plainRows[0]);
    expect(await listPinnedKeys(db)).toEqual(plainPins);
    expect(await backupSenderKeys(db)).toEqual(plainPins.map(({ fingerprint: _f, ...pin }) => pin));

    // Writes under the lock stay sealed and read back.
    await setClientRecipient(CLIENTS[1] as string, `age1${MARKER}new`, db);
    await registerImport(db, {
      clientId: CLIENTS[2] as string,
      displayName: `${MARKER} renamed`,
      kind: 'client-export',
      bundleCreatedAt: '2026-11-03T08:00:00.000Z',
      added: {},
      updated: {},
      deleted: {},
    });
    expect(await rawText()).not.toContain(MARKER);
    expect((await clientById(CLIENTS[1] as string, db))?.recipient).toBe(`age1${MARKER}new`);
    const third = await clientById(CLIENTS[2] as string, db);
    expect(third?.displayName).toBe(`${MARKER} renamed`);
    expect(third?.recipient).toBe(`age1${MARKER}2`);

    keyHolder.lock();
    await expectLocked(listClients(db));
    await expectLocked(clientById(CLIENTS[0] as string, db));
    await expectLocked(renameClient(CLIENTS[0] as string, 'x', db));
    await expectLocked(listPinnedKeys(db));
    // The plain fields still count: no name is needed for that.
    expect(await db.clients.count()).toBe(3);
  });

  it('resume a turn cut short on a new connection, and turn off to the same rows', async () => {
    await seedClients();
    const plainRows = await db.clients.toArray();
    const plainPins = await db.senderKeys.toArray();
    await beginTurnOn(db, [lock.passphraseWrapper, lock.recoveryWrapper], t0);
    // Batches of one until the clients' table is half done.
    for (;;) {
      await runTurnBatch(db, lock.key, 1, t0);
      if ((await readLockState(db.lockState)).progress.clients?.last !== undefined) break;
    }
    const sealedSoFar = (await db.clients.toArray()).filter((row) => 'sealed' in row);
    expect(sealedSoFar).toHaveLength(1);

    const name = db.name;
    db.close();
    db = createDatabase(name);
    setDatabase(db);
    await resumeTurn(db, lock.key, { batchSize: 1 });
    expect((await readLockState(db.lockState)).state).toBe('on');
    expect((await db.clients.toArray()).every((row) => 'sealed' in row)).toBe(true);
    expect(await allClients(db)).toEqual(plainRows);

    await beginTurnOff(db, t0);
    await resumeTurn(db, lock.key, { batchSize: 2 });
    expect(await db.clients.toArray()).toEqual(plainRows);
    expect(await db.senderKeys.toArray()).toEqual(plainPins);
  });
});

describe('the device keys under the lock', () => {
  it('are sealed each on its own, opened after unlock, and refused while locked', async () => {
    await setDeviceIdentity(identity(1));
    await setSigningKey(signing);
    await import('../../../src/db/keys').then((k) => k.setCoachIdentity(coachKey(2)));
    await addCoachIdentity(coachKey(3));
    const before = {
      device: await getDeviceIdentity(),
      signing: await getSigningKey(),
      coach: await getCoachIdentity(),
      more: await getMoreCoachIdentities(),
    };
    const rawBefore = await get('signing-key', keysStore);

    await turnOn();
    expect(await rawText()).not.toContain(MARKER);
    expect(Object.keys((await get('signing-key', keysStore)) as object)).toEqual(['sealed']);
    expect({
      device: await getDeviceIdentity(),
      signing: await getSigningKey(),
      coach: await getCoachIdentity(),
      more: await getMoreCoachIdentities(),
    }).toEqual(before);
    // An existing key is kept, not replaced; a new other key is sealed too.
    expect(await keepFirstSigningKey({ ...signing, secretKey: 'other' })).toEqual(signing);
    expect(await addCoachIdentity(coachKey(4))).toBe(true);
    expect((await getMoreCoachIdentities()).map((k) => k.fingerprint)).toEqual(['FP-3', 'FP-4']);
    expect(await rawText()).not.toContain(MARKER);

    keyHolder.lock();
    await expectLocked(getSigningKey());
    await expectLocked(getDeviceIdentity());
    await expectLocked(getCoachIdentity());
    // Signing needs the key: it fails locked and never makes a new plain one.
    await expectLocked(ensureSigningKey());
    await expectLocked(setSigningKey({ ...signing, secretKey: 'plain' }));
    expect(await rawText()).not.toContain(MARKER);
    expect(JSON.stringify(await get('signing-key', keysStore))).not.toContain('plain');

    keyHolder.hold(lock.key);
    await beginTurnOff(db, t0);
    await resumeTurn(db, lock.key);
    expect(await get('signing-key', keysStore)).toEqual(rawBefore);
    expect(await getDeviceIdentity()).toEqual(before.device);
  });

  it('turn twice without change: a value is either sealed or plain', async () => {
    await setSigningKey(signing);
    await turnOn();
    const once = await get('signing-key', keysStore);
    const { turnDeviceKeyValues } = await import('../../../src/db/keys');
    await turnDeviceKeyValues(lock.key, true);
    expect(await get('signing-key', keysStore)).toEqual(once);
  });
});

describe('the display name under the lock', () => {
  it('leaves localStorage without content and keeps the name sealed', async () => {
    const items = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
    });
    await updateSettings({ role: 'coach', displayName: MARKER });
    expect(readSettingsMirror()?.displayName).toBe(MARKER);

    await turnOn();
    expect([...items.values()].join()).not.toContain(MARKER);
    expect(readSettingsMirror()?.role).toBe('coach');
    expect(await rawText()).not.toContain(MARKER);
    expect((await loadSettings()).displayName).toBe(MARKER);

    // A change while unlocked keeps the name sealed.
    await updateSettings({ displayName: `${MARKER} 2`, theme: 'dark' });
    expect(await rawText()).not.toContain(MARKER);
    expect([...items.values()].join()).not.toContain(MARKER);
    resetSettingsCache();
    expect((await loadSettings()).displayName).toBe(`${MARKER} 2`);

    keyHolder.lock();
    await expect.poll(async () => (await loadSettings()).displayName).toBe('');
    await expectLocked(updateSettings({ displayName: 'plain' }));
    // Other settings still change while locked; the sealed name stays as it was.
    expect((await updateSettings({ theme: 'light' })).theme).toBe('light');

    keyHolder.hold(lock.key);
    expect((await loadSettings()).displayName).toBe(`${MARKER} 2`);
    await beginTurnOff(db, t0);
    await resumeTurn(db, lock.key);
    expect(readSettingsMirror()?.displayName).toBe(`${MARKER} 2`);
    expect((await get('settings', settingsStore)) as object).not.toHaveProperty('sealed');
  });
});

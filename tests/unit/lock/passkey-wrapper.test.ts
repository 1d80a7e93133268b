// Passkey wrappers: a passkey's PRF output opens the same data key as the passphrase, adding
// one needs the passphrase (or the recovery key) and changes nothing else, another passkey's
// output is a wrong passkey, and the credential and the PRF input are bound to the wrapping.
// The PRF outputs here are fixed bytes: what an authenticator would answer for one input.
import { describe, expect, it } from 'vitest';
import { openRecord, sealRecord } from '../../../src/lock/envelope';
import { isLockError } from '../../../src/lock/errors';
import type { PassphraseKdf } from '../../../src/lock/kdf';
import { setUpLock } from '../../../src/lock/setup';
import {
  addPasskeyWrapper,
  type PasskeySecret,
  readWrapper,
  unlock,
} from '../../../src/lock/wrapper';

const fast: PassphraseKdf = { name: 'argon2id', memoryKiB: 64, iterations: 1, parallelism: 1 };
const passphrase = 'juni lepel morgen vier';

const bytes = (length: number, first: number) =>
  Uint8Array.from({ length }, (_, i) => (first + i) % 256) as Uint8Array<ArrayBuffer>;

const passkey: PasskeySecret = {
  credentialId: bytes(32, 1),
  prfSalt: bytes(32, 100),
  prfOutput: bytes(32, 200),
};

const entry = {
  id: '0b9f3c1e-4a52-4f6c-9d7e-2a1b3c4d5e6f',
  ownerId: '6f5e4d3c-2b1a-4e7d-8c6f-5a4b3c2d1e0f',
  createdAt: '2026-11-30T08:00:00.000Z',
  updatedAt: '2026-11-30T08:00:00.000Z',
  rev: 1,
  occurredAt: '2026-11-29T17:30:00.000Z',
  situation: 'The call with the recruiter',
  feelingIntensity: 4,
};

const stored = <T>(value: T): Record<string, unknown> =>
  structuredClone(value) as Record<string, unknown>;

async function kindOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isLockError(error)) return error.reason ? `${error.kind}: ${error.reason}` : error.kind;
    throw error;
  }
  return 'opened';
}

describe('a passkey wrapper', () => {
  it('opens the data key that sealed the records, with the PRF output only', async () => {
    const lock = await setUpLock(passphrase, fast);
    const sealed = await sealRecord(lock.key, 'diaryEntries', entry);
    const wrapper = await addPasskeyWrapper(stored(lock.passphraseWrapper), passphrase, passkey);
    expect(wrapper).toMatchObject({
      v: 1,
      kind: 'passkey',
      kdf: { name: 'webauthn-prf-hkdf-sha256' },
      credentialId: passkey.credentialId,
      prfSalt: passkey.prfSalt,
    });
    expect(wrapper.wrapped).toHaveLength(48);
    const key = await unlock(stored(wrapper), new Uint8Array(passkey.prfOutput));
    expect(key.extractable).toBe(false);
    expect(await openRecord(key, 'diaryEntries', sealed)).toEqual(entry);
  });

  it('can be added with the recovery key when the passphrase is forgotten', async () => {
    const lock = await setUpLock(passphrase, fast);
    const sealed = await sealRecord(lock.key, 'diaryEntries', entry);
    const wrapper = await addPasskeyWrapper(
      stored(lock.recoveryWrapper),
      lock.recoveryKey,
      passkey,
    );
    const key = await unlock(stored(wrapper), passkey.prfOutput);
    expect(await openRecord(key, 'diaryEntries', sealed)).toEqual(entry);
  });

  it('is not made with a wrong passphrase', async () => {
    const lock = await setUpLock(passphrase, fast);
    expect(
      await kindOf(
        addPasskeyWrapper(stored(lock.passphraseWrapper), 'juni lepel morgen vijf', passkey),
      ),
    ).toBe('wrong-passphrase');
  });

  it('calls another output (another passkey, or another PRF input) a wrong passkey', async () => {
    const lock = await setUpLock(passphrase, fast);
    const wrapper = await addPasskeyWrapper(stored(lock.passphraseWrapper), passphrase, passkey);
    expect(await kindOf(unlock(stored(wrapper), bytes(32, 201)))).toBe('wrong-passkey');
    // A passphrase typed at a passkey wrapper opens nothing and says so.
    expect(await kindOf(unlock(stored(wrapper), passphrase))).toBe('wrong-passkey');
  });

  it('binds the credential and the PRF input: a changed one is damage, not a wrong passkey', async () => {
    const lock = await setUpLock(passphrase, fast);
    const wrapper = stored(
      await addPasskeyWrapper(stored(lock.passphraseWrapper), passphrase, passkey),
    );
    const otherCredential = { ...wrapper, credentialId: bytes(32, 2) };
    expect(await kindOf(readWrapper(otherCredential))).toBe('damaged-wrapper: checksum');
    const otherSalt = { ...wrapper, prfSalt: bytes(32, 101) };
    expect(await kindOf(unlock(otherSalt, passkey.prfOutput))).toBe('damaged-wrapper: checksum');
    const shortId = { ...wrapper, credentialId: bytes(8, 1) };
    expect(await kindOf(readWrapper(shortId))).toBe('damaged-wrapper: schema');
  });

  it('leaves the passphrase and recovery wrappers working and unchanged', async () => {
    const lock = await setUpLock(passphrase, fast);
    const before = stored(lock.passphraseWrapper);
    await addPasskeyWrapper(before, passphrase, passkey);
    expect(before).toEqual(stored(lock.passphraseWrapper));
    expect(await kindOf(unlock(before, passphrase))).toBe('opened');
    expect(await kindOf(unlock(stored(lock.recoveryWrapper), lock.recoveryKey))).toBe('opened');
  });
});

// Key wrappers: the data key opens with the passphrase or the recovery key and with nothing
// else, a wrong secret is told apart from a damaged wrapper and from a typo, and a new
// passphrase keeps the same data key. Argon2id runs with tiny parameters here for speed
// (kdf.test.ts runs the real ones); the PBKDF2 path runs once with its real 600,000.
import { describe, expect, it, vi } from 'vitest';
import { openRecord, sealRecord } from '../../../src/lock/envelope';
import { isLockError, type LockErrorKind } from '../../../src/lock/errors';
import { type PassphraseKdf, PBKDF2_DEFAULT } from '../../../src/lock/kdf';
import { formatRecoveryKey, newRecoveryKeyBytes } from '../../../src/lock/recovery-key';
import { setUpLock } from '../../../src/lock/setup';
import {
  readWrapper,
  rewrapWithPassphrase,
  rewrapWithRecoveryKey,
  unlock,
} from '../../../src/lock/wrapper';

const fast: PassphraseKdf = { name: 'argon2id', memoryKiB: 64, iterations: 1, parallelism: 1 };
const passphrase = 'juni lepel morgen vier';

const entry = {
  id: '0b9f3c1e-4a52-4f6c-9d7e-2a1b3c4d5e6f',
  ownerId: '6f5e4d3c-2b1a-4e7d-8c6f-5a4b3c2d1e0f',
  createdAt: '2026-11-30T08:00:00.000Z',
  updatedAt: '2026-11-30T08:00:00.000Z',
  rev: 1,
  occurredAt: '2026-11-29T17:30:00.000Z',
  situation: 'The team meeting where my plan was set aside',
  feelingIntensity: 7,
};

async function failure(
  promise: Promise<unknown>,
): Promise<{ kind: LockErrorKind; reason?: string }> {
  try {
    await promise;
  } catch (error) {
    if (isLockError(error))
      return error.reason ? { kind: error.kind, reason: error.reason } : { kind: error.kind };
    throw error;
  }
  throw new Error('expected a LockError');
}

/** A copy of a stored wrapper as IndexedDB gives it back (structured clone). */
const stored = <T>(value: T): Record<string, unknown> =>
  structuredClone(value) as Record<string, unknown>;

describe('a new lock', () => {
  it('unlocks with the passphrase to a non-extractable key that opens its records', async () => {
    const lock = await setUpLock(passphrase, fast);
    expect(lock.key.extractable).toBe(false);
    const sealed = await sealRecord(lock.key, 'diaryEntries', entry);
    const key = await unlock(stored(lock.passphraseWrapper), passphrase);
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
    expect(await openRecord(key, 'diaryEntries', sealed)).toEqual(entry);
  });

  it('unlocks with the recovery key as printed, or typed in lower case with spaces', async () => {
    const lock = await setUpLock(passphrase, fast);
    const sealed = await sealRecord(lock.key, 'diaryEntries', entry);
    const typed = lock.recoveryKey.toLowerCase().replaceAll('-', ' ');
    for (const text of [lock.recoveryKey, typed]) {
      const key = await unlock(stored(lock.recoveryWrapper), text);
      expect(await openRecord(key, 'diaryEntries', sealed)).toEqual(entry);
    }
  });

  it('records the KDF and its parameters in the passphrase wrapper', async () => {
    const lock = await setUpLock(passphrase, fast);
    expect(lock.passphraseWrapper).toMatchObject({ v: 1, kind: 'passphrase', kdf: fast });
    expect(lock.passphraseWrapper.salt).toHaveLength(16);
    expect(lock.passphraseWrapper.iv).toHaveLength(12);
    expect(lock.passphraseWrapper.wrapped).toHaveLength(48);
    expect(lock.recoveryWrapper).toMatchObject({ kind: 'recovery', kdf: { name: 'hkdf-sha256' } });
  });

  it('works with PBKDF2 at 600,000 iterations where WebAssembly is not there', async () => {
    const start = performance.now();
    const lock = await setUpLock(passphrase, PBKDF2_DEFAULT);
    const wrapMs = performance.now() - start;
    expect(lock.passphraseWrapper.kdf).toEqual({ name: 'pbkdf2-sha256', iterations: 600_000 });
    const sealed = await sealRecord(lock.key, 'diaryEntries', entry);
    const unlockStart = performance.now();
    const key = await unlock(stored(lock.passphraseWrapper), passphrase);
    const unlockMs = performance.now() - unlockStart;
    expect(await openRecord(key, 'diaryEntries', sealed)).toEqual(entry);
    console.info(
      `pbkdf2-sha256 600000: set up ${wrapMs.toFixed(0)} ms, unlock ${unlockMs.toFixed(0)} ms`,
    );
  }, 600_000);
});

describe('a wrong secret, a typo and a damaged wrapper', () => {
  it('tells a wrong passphrase from a wrong recovery key', async () => {
    const lock = await setUpLock(passphrase, fast);
    expect(await failure(unlock(stored(lock.passphraseWrapper), 'juni lepel morgen vijf'))).toEqual(
      {
        kind: 'wrong-passphrase',
      },
    );
    const otherKey = await formatRecoveryKey(newRecoveryKeyBytes());
    expect(await failure(unlock(stored(lock.recoveryWrapper), otherKey))).toEqual({
      kind: 'wrong-recovery-key',
    });
  });

  it('calls a mistyped recovery key a typo, not a wrong key', async () => {
    const lock = await setUpLock(passphrase, fast);
    const last = lock.recoveryKey.at(-1) === '2' ? '3' : '2';
    const typo = `${lock.recoveryKey.slice(0, -1)}${last}`;
    expect(await failure(unlock(stored(lock.recoveryWrapper), typo))).toEqual({
      kind: 'recovery-key-typo',
    });
  });

  it('calls a changed byte, a changed parameter, a missing field or a new version damage', async () => {
    const lock = await setUpLock(passphrase, fast);
    const flipped = stored(lock.passphraseWrapper);
    const bytes = flipped.wrapped as Uint8Array;
    bytes[5] = (bytes[5] ?? 0) ^ 1;
    const weaker = stored(lock.passphraseWrapper);
    (weaker.kdf as { iterations: number }).iterations = 2;
    const { salt: _salt, ...noSalt } = stored(lock.passphraseWrapper);
    const newer = { ...stored(lock.passphraseWrapper), v: 2 };
    const relabelled = { ...stored(lock.recoveryWrapper), kind: 'passphrase', kdf: fast };
    expect(await failure(unlock(flipped, passphrase))).toEqual({
      kind: 'damaged-wrapper',
      reason: 'checksum',
    });
    expect(await failure(unlock(weaker, passphrase))).toEqual({
      kind: 'damaged-wrapper',
      reason: 'checksum',
    });
    expect(await failure(unlock(noSalt, passphrase))).toEqual({
      kind: 'damaged-wrapper',
      reason: 'schema',
    });
    expect(await failure(unlock(newer, passphrase))).toEqual({
      kind: 'damaged-wrapper',
      reason: 'version',
    });
    expect(await failure(unlock(relabelled, passphrase))).toEqual({
      kind: 'damaged-wrapper',
      reason: 'checksum',
    });
    expect(await failure(unlock('not a wrapper', passphrase))).toEqual({
      kind: 'damaged-wrapper',
      reason: 'schema',
    });
    expect(await failure(unlock(null, passphrase))).toEqual({
      kind: 'damaged-wrapper',
      reason: 'schema',
    });
  });

  it('says the lock is unsupported where WebCrypto is missing (not a secure context)', async () => {
    const lock = await setUpLock(passphrase, fast);
    vi.stubGlobal('crypto', {});
    try {
      expect(await failure(unlock(stored(lock.passphraseWrapper), passphrase))).toEqual({
        kind: 'unsupported',
      });
      expect(await failure(setUpLock(passphrase, fast))).toEqual({ kind: 'unsupported' });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('accepts an intact wrapper as it was stored', async () => {
    const lock = await setUpLock(passphrase, fast);
    expect(await readWrapper(stored(lock.passphraseWrapper))).toEqual(lock.passphraseWrapper);
  });
});

describe('rewrapping', () => {
  it('keeps the data key: a record sealed before the new passphrase opens after it', async () => {
    const lock = await setUpLock(passphrase, fast);
    const sealed = await sealRecord(lock.key, 'diaryEntries', entry);
    const renewed = await rewrapWithPassphrase(
      stored(lock.passphraseWrapper),
      passphrase,
      'a whole new passphrase',
      fast,
    );
    expect(renewed.id).not.toBe(lock.passphraseWrapper.id);
    const key = await unlock(stored(renewed), 'a whole new passphrase');
    expect(await openRecord(key, 'diaryEntries', sealed)).toEqual(entry);
    expect(await failure(unlock(stored(renewed), passphrase))).toEqual({
      kind: 'wrong-passphrase',
    });
  });

  it('sets a new passphrase with the recovery key when the old one is forgotten', async () => {
    const lock = await setUpLock(passphrase, fast);
    const sealed = await sealRecord(lock.key, 'diaryEntries', entry);
    const renewed = await rewrapWithPassphrase(
      stored(lock.recoveryWrapper),
      lock.recoveryKey,
      'found again',
      fast,
    );
    const key = await unlock(stored(renewed), 'found again');
    expect(await openRecord(key, 'diaryEntries', sealed)).toEqual(entry);
  });

  it('makes a new recovery key for the same data key; the old key does not open it', async () => {
    const lock = await setUpLock(passphrase, fast);
    const sealed = await sealRecord(lock.key, 'diaryEntries', entry);
    const bytes = newRecoveryKeyBytes();
    const renewed = await rewrapWithRecoveryKey(stored(lock.passphraseWrapper), passphrase, bytes);
    const key = await unlock(stored(renewed), await formatRecoveryKey(bytes));
    expect(await openRecord(key, 'diaryEntries', sealed)).toEqual(entry);
    expect(await failure(unlock(stored(renewed), lock.recoveryKey))).toEqual({
      kind: 'wrong-recovery-key',
    });
  });

  it('refuses to rewrap on a wrong secret', async () => {
    const lock = await setUpLock(passphrase, fast);
    expect(
      await failure(
        rewrapWithPassphrase(stored(lock.passphraseWrapper), 'guess', 'mine now', fast),
      ),
    ).toEqual({ kind: 'wrong-passphrase' });
  });
});

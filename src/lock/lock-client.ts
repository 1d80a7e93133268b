// The app's side of the lock worker: one worker per request, ended after its answer. A worker
// that cannot start or dies fails the call with LockError `unsupported` rather than leaving
// the lock screen waiting. The answer's errors come back as LockError of their kind.
import { LockError } from './errors';
import type { PassphraseKdf } from './kdf';
import type {
  LockWorkerRequest,
  LockWorkerResponse,
  NewLockMessage,
  RenewedRecoveryKey,
} from './lock-worker-protocol';
import type { PasskeySecret } from './wrapper';
import type { PasskeyWrapper, PassphraseWrapper } from './wrapper-schema';

/** Starts a lock worker; replaceable in tests. */
export type StartLockWorker = () => Worker;

const startReal: StartLockWorker = () =>
  new Worker(new URL('./lock.worker.ts', import.meta.url), { type: 'module' });

function ask(request: LockWorkerRequest, start: StartLockWorker): Promise<LockWorkerResponse> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = start();
    } catch (error) {
      reject(new LockError('unsupported', undefined, { cause: error }));
      return;
    }
    const fail = (event: Event) => {
      worker.terminate();
      reject(new LockError('unsupported', undefined, { cause: event }));
    };
    worker.addEventListener('message', (e: MessageEvent<LockWorkerResponse>) => {
      worker.terminate();
      resolve(e.data);
    });
    worker.addEventListener('error', fail);
    worker.addEventListener('messageerror', fail);
    worker.postMessage(request);
  });
}

function failure(response: Extract<LockWorkerResponse, { ok: false }>): Error {
  if (response.kind === 'failed') return new Error(response.message);
  return new LockError(response.kind, response.reason);
}

/**
 * Opens `wrapper` (a stored row) with `secret` (as typed, or a passkey's PRF output) in a
 * worker: the data key, non-extractable.
 */
export async function unlockInWorker(
  wrapper: unknown,
  secret: string | Uint8Array<ArrayBuffer>,
  start: StartLockWorker = startReal,
): Promise<CryptoKey> {
  const response = await ask({ op: 'unlock', wrapper, secret }, start);
  if (!response.ok) throw failure(response);
  if (response.op !== 'unlock') throw new Error('The lock worker answered another question');
  return response.key;
}

/** Makes a new lock in a worker (data key, passphrase and recovery-key wrappers). */
export async function setUpLockInWorker(
  passphrase: string,
  kdf?: PassphraseKdf,
  start: StartLockWorker = startReal,
): Promise<NewLockMessage> {
  const response = await ask({ op: 'set-up', passphrase, ...(kdf ? { kdf } : {}) }, start);
  if (!response.ok) throw failure(response);
  if (response.op !== 'set-up') throw new Error('The lock worker answered another question');
  return response.lock;
}

/**
 * A new passphrase wrapper for the held lock's data key, made in a worker: `wrapper` (as
 * stored) opened with `secret` (the current passphrase or the recovery key), wrapped by
 * `passphrase`. Throws the LockError of the opening (a wrong secret, a damaged wrapper).
 */
export async function rewrapPassphraseInWorker(
  wrapper: unknown,
  secret: string,
  passphrase: string,
  kdf?: PassphraseKdf,
  start: StartLockWorker = startReal,
): Promise<PassphraseWrapper> {
  const request: LockWorkerRequest = {
    op: 'rewrap-passphrase',
    wrapper,
    secret,
    passphrase,
    ...(kdf ? { kdf } : {}),
  };
  const response = await ask(request, start);
  if (!response.ok) throw failure(response);
  if (response.op !== 'rewrap-passphrase') {
    throw new Error('The lock worker answered another question');
  }
  return response.wrapper;
}

/**
 * A new recovery key for the held lock's data key, made in a worker: `wrapper` (as stored)
 * opened with `secret`; the answer holds the wrapper to store and the key to show once.
 */
export async function renewRecoveryKeyInWorker(
  wrapper: unknown,
  secret: string,
  start: StartLockWorker = startReal,
): Promise<RenewedRecoveryKey> {
  const response = await ask({ op: 'rewrap-recovery', wrapper, secret }, start);
  if (!response.ok) throw failure(response);
  if (response.op !== 'rewrap-recovery') {
    throw new Error('The lock worker answered another question');
  }
  return response.renewed;
}

/** A passkey wrapper for the data key, opened with `secret` from `wrapper`, made in a worker. */
export async function addPasskeyInWorker(
  wrapper: unknown,
  secret: string,
  passkey: PasskeySecret,
  start: StartLockWorker = startReal,
): Promise<PasskeyWrapper> {
  const response = await ask({ op: 'add-passkey', wrapper, secret, passkey }, start);
  if (!response.ok) throw failure(response);
  if (response.op !== 'add-passkey') throw new Error('The lock worker answered another question');
  return response.wrapper;
}

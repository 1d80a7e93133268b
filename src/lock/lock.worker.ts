// Web Worker entry of the app lock: derives the wrapping key (Argon2id in WebAssembly, or
// PBKDF2) and opens or makes the data key away from the UI thread, so the lock screen stays
// responsive while it works. One request per worker: the app starts it, hears one answer and
// ends it, which frees the key derivation's memory at once.

import { wipe } from './bytes';
import { isLockError } from './errors';
import { defaultPassphraseKdf } from './kdf';
import type { LockWorkerRequest, LockWorkerResponse } from './lock-worker-protocol';
import { formatRecoveryKey, newRecoveryKeyBytes } from './recovery-key';
import { setUpLock } from './setup';
import { addPasskeyWrapper, rewrapWithPassphrase, rewrapWithRecoveryKey, unlock } from './wrapper';

/** The parts of the worker global scope this entry uses. */
interface WorkerScope {
  onmessage: ((e: MessageEvent<LockWorkerRequest>) => void) | null;
  postMessage(message: LockWorkerResponse): void;
}

async function answer(request: LockWorkerRequest): Promise<LockWorkerResponse> {
  try {
    if (request.op === 'unlock') {
      return { ok: true, op: 'unlock', key: await unlock(request.wrapper, request.secret) };
    }
    if (request.op === 'rewrap-recovery') {
      const bytes = newRecoveryKeyBytes();
      try {
        const wrapper = await rewrapWithRecoveryKey(request.wrapper, request.secret, bytes);
        const recoveryKey = await formatRecoveryKey(bytes);
        return { ok: true, op: 'rewrap-recovery', renewed: { wrapper, recoveryKey } };
      } finally {
        wipe(bytes);
      }
    }
    if (request.op === 'add-passkey') {
      const { wrapper, secret, passkey } = request;
      return {
        ok: true,
        op: 'add-passkey',
        wrapper: await addPasskeyWrapper(wrapper, secret, passkey),
      };
    }
    const kdf = request.kdf ?? (await defaultPassphraseKdf());
    if (request.op === 'rewrap-passphrase') {
      const { wrapper, secret, passphrase } = request;
      const rewrapped = await rewrapWithPassphrase(wrapper, secret, passphrase, kdf);
      return { ok: true, op: 'rewrap-passphrase', wrapper: rewrapped };
    }
    return { ok: true, op: 'set-up', lock: await setUpLock(request.passphrase, kdf) };
  } catch (error) {
    if (isLockError(error)) {
      return {
        ok: false,
        kind: error.kind,
        ...(error.reason ? { reason: error.reason } : {}),
        message: error.message,
      };
    }
    return { ok: false, kind: 'failed', message: String((error as Error)?.message ?? error) };
  }
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (e) => {
  void answer(e.data).then((message) => scope.postMessage(message));
};

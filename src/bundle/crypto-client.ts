// Typed client for the crypto worker: one promise per request, progress through a callback.
import type { Progress } from './age-crypto';
import { BundleError, deserializeBundleError } from './errors';
import type { Operation, Operations, WorkerRequest, WorkerResponse } from './worker-protocol';

/** What the client needs of a Worker (a real one, or an in-process stand-in in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<WorkerResponse>) => void): void;
  /** A worker that fails to load or dies, and one whose message cannot be read. */
  addEventListener(type: 'error' | 'messageerror', listener: (e: Event) => void): void;
  /** Stops the worker; absent on in-process stand-ins. */
  terminate?(): void;
}

/** Starts the real crypto worker (a module worker bundled by Vite). */
export function startCryptoWorker(): WorkerLike {
  return new Worker(new URL('./crypto.worker.ts', import.meta.url), {
    type: 'module',
  }) as WorkerLike;
}

let shared: CryptoClient | undefined;

/** The app's one crypto worker, started on first use (every screen shares it). */
export function sharedCryptoClient(): CryptoClient {
  shared ??= new CryptoClient(startCryptoWorker);
  return shared;
}

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
  onProgress: ((p: Progress) => void) | undefined;
}

/**
 * Calls bundle operations in a worker; errors come back as BundleError instances. A worker
 * that fails to load or dies (out of memory on a large import) fails every pending call with
 * `worker-failed` instead of leaving it waiting forever, and the next call starts a fresh one.
 */
export class CryptoClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private worker: WorkerLike | undefined;
  private readonly start: () => WorkerLike;

  /** `worker` is a running worker, or a function that starts one (needed to restart). */
  constructor(worker: WorkerLike | (() => WorkerLike)) {
    if (typeof worker === 'function') {
      this.start = worker;
    } else {
      // A given worker cannot be restarted: after it fails, later calls fail the same way.
      let first: WorkerLike | undefined = worker;
      this.start = () => {
        const next = first ?? failedWorker();
        first = undefined;
        return next;
      };
    }
    this.running();
  }

  /** The live worker, started (again) when there is none. */
  private running(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.start();
    this.worker = worker;
    worker.addEventListener('message', (e) => {
      if (this.worker === worker) this.receive(e.data);
    });
    const fail = () => {
      if (this.worker === worker) this.fail(worker);
    };
    worker.addEventListener('error', fail);
    worker.addEventListener('messageerror', fail);
    return worker;
  }

  /** Drops a failed worker and fails everything still waiting on it. */
  private fail(worker: WorkerLike): void {
    this.worker = undefined;
    worker.terminate?.();
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) {
      p.reject(new BundleError('worker-failed', 'The crypto worker stopped before it answered.'));
    }
  }

  /** Runs `op` in the worker; `onProgress` receives progress events while it runs. */
  call<K extends Operation>(
    op: K,
    params: Operations[K]['params'],
    onProgress?: (p: Progress) => void,
  ): Promise<Operations[K]['result']> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
      this.running().postMessage({ id, op, params } as WorkerRequest);
    });
  }

  /** Routes a worker message to its pending request. */
  private receive(msg: WorkerResponse): void {
    const p = this.pending.get(msg.id);
    if (p === undefined) return;
    if (msg.type === 'progress') {
      p.onProgress?.(msg.progress);
      return;
    }
    this.pending.delete(msg.id);
    if (msg.type === 'result') p.resolve(msg.json ? JSON.parse(msg.result as string) : msg.result);
    else if (msg.error.kind === 'internal') p.reject(new Error(msg.error.message));
    else p.reject(deserializeBundleError(msg.error));
  }
}

/** True when a client call failed with a bundle error (as opposed to a bug). */
export function isClientBundleError(e: unknown): e is BundleError {
  return e instanceof BundleError;
}

/** A stand-in for a worker that cannot be started again: every request fails at once. */
function failedWorker(): WorkerLike {
  const listeners: ((e: Event) => void)[] = [];
  return {
    postMessage() {
      queueMicrotask(() => {
        for (const l of listeners) l(new Event('error'));
      });
    },
    addEventListener(type: string, listener: (e: never) => void) {
      if (type === 'error') listeners.push(listener as (e: Event) => void);
    },
  };
}

// Typed client for the crypto worker: one promise per request, progress through a callback.
import type { Progress } from './age-crypto';
import { BundleError, deserializeBundleError } from './errors';
import type { Operation, Operations, WorkerRequest, WorkerResponse } from './worker-protocol';

/** What the client needs of a Worker (a real one, or an in-process stand-in in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<WorkerResponse>) => void): void;
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
  shared ??= new CryptoClient(startCryptoWorker());
  return shared;
}

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
  onProgress: ((p: Progress) => void) | undefined;
}

/** Calls bundle operations in a worker; errors come back as BundleError instances. */
export class CryptoClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly worker: WorkerLike) {
    worker.addEventListener('message', (e) => this.receive(e.data));
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
      this.worker.postMessage({ id, op, params } as WorkerRequest);
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

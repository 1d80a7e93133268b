// A crypto worker that fails to load or dies must not leave calls waiting forever: they fail
// with `worker-failed`, and the next call runs in a fresh worker.
import { describe, expect, it } from 'vitest';
import { CryptoClient, type WorkerLike } from '../../../src/bundle/crypto-client';
import { BundleError } from '../../../src/bundle/errors';
import type { WorkerRequest, WorkerResponse } from '../../../src/bundle/worker-protocol';

/** A fake Worker: records requests, answers on demand, and can fail like a real one. */
class FakeWorker implements WorkerLike {
  readonly requests: WorkerRequest[] = [];
  terminated = false;
  private readonly listeners = new Map<string, ((e: never) => void)[]>();

  postMessage(message: WorkerRequest): void {
    this.requests.push(message);
  }
  addEventListener(type: string, listener: (e: never) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  terminate(): void {
    this.terminated = true;
  }
  emit(type: 'error' | 'messageerror'): void {
    for (const l of this.listeners.get(type) ?? []) l(new Event(type) as never);
  }
  answer(response: WorkerResponse): void {
    for (const l of this.listeners.get('message') ?? []) l({ data: response } as never);
  }
}

describe('crypto client when the worker fails', () => {
  for (const event of ['error', 'messageerror'] as const) {
    it(`rejects every pending call on ${event} and starts a fresh worker for the next`, async () => {
      const started: FakeWorker[] = [];
      const client = new CryptoClient(() => {
        const worker = new FakeWorker();
        started.push(worker);
        return worker;
      });
      const first = client.call('generateKey', {}).catch((e: unknown) => e);
      const second = client.call('calibrate', {}).catch((e: unknown) => e);
      expect(started).toHaveLength(1);
      expect(started[0]?.requests.map((r) => r.op)).toEqual(['generateKey', 'calibrate']);

      started[0]?.emit(event);
      for (const outcome of [await first, await second]) {
        expect(outcome).toBeInstanceOf(BundleError);
        expect((outcome as BundleError).kind).toBe('worker-failed');
      }
      expect(started[0]?.terminated).toBe(true);

      const third = client.call('calibrate', {});
      expect(started).toHaveLength(2);
      const request = started[1]?.requests[0];
      expect(request?.op).toBe('calibrate');
      started[1]?.answer({ id: request?.id ?? 0, type: 'result', result: 12 } as WorkerResponse);
      expect(await third).toBe(12);
      // A late message from the dead worker reaches nobody.
      started[0]?.answer({ id: request?.id ?? 0, type: 'result', result: 99 } as WorkerResponse);
    });
  }

  it('fails calls at once after a given (not restartable) worker died', async () => {
    const worker = new FakeWorker();
    const client = new CryptoClient(worker);
    const pending = client.call('calibrate', {}).catch((e: unknown) => e);
    worker.emit('error');
    expect(((await pending) as BundleError).kind).toBe('worker-failed');
    const later = await client.call('calibrate', {}).catch((e: unknown) => e);
    expect((later as BundleError).kind).toBe('worker-failed');
  });
});

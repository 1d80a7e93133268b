// The worker protocol end to end, with the handler wired in-process instead of a real Worker.
import { describe, expect, it } from 'vitest';
import type { Progress } from '../../../src/bundle/age-crypto';
import { CryptoClient, type WorkerLike } from '../../../src/bundle/crypto-client';
import { BundleError } from '../../../src/bundle/errors';
import { handleRequest, type WorkerResponse } from '../../../src/bundle/worker-protocol';
import { SIGNER, sampleInput, signedByTestKey } from './helpers';

/** A WorkerLike that runs the handler in this thread, asynchronously like a real worker. */
function inProcessWorker(): WorkerLike {
  const listeners: ((e: MessageEvent<WorkerResponse>) => void)[] = [];
  return {
    postMessage(message) {
      void handleRequest(message, (response) => {
        queueMicrotask(() => {
          for (const l of listeners) l({ data: response } as MessageEvent<WorkerResponse>);
        });
      });
    },
    addEventListener(type: string, listener: (e: never) => void) {
      // An in-process worker never fails to load: only messages have listeners.
      if (type === 'message') listeners.push(listener as (e: MessageEvent<WorkerResponse>) => void);
    },
  };
}

describe('crypto client and worker protocol', () => {
  it('exports and imports through the worker, with progress events', async () => {
    const client = new CryptoClient(inProcessWorker());
    const coach = await client.call('generateKey', {});
    const progress: Progress[] = [];
    const bytes = await client.call(
      'export',
      {
        input: sampleInput(),
        target: { type: 'recipients', recipients: [coach.recipient] },
        signer: SIGNER,
      },
      (p) => progress.push(p),
    );
    expect(progress.some((p) => p.stage === 'encrypting')).toBe(true);
    expect((await client.call('inspect', { bytes })).mode).toBe('key');
    const back = await client.call('import', {
      bytes,
      credential: { type: 'identity', identity: coach.identity },
    });
    expect(back).toEqual(signedByTestKey(sampleInput()));
  });

  it('errors arrive as BundleError with their kind', async () => {
    const client = new CryptoClient(inProcessWorker());
    const e = await client
      .call('import', {
        bytes: new TextEncoder().encode('nope'),
        credential: { type: 'passphrase', passphrase: 'x' },
      })
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BundleError);
    expect((e as BundleError).kind).toBe('not-a-bundle');
  });
});

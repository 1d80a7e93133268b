// The rebuild's Web Lock: an open in another tab waits while a rebuild holds it, and the tab
// that rebuilds does not wait for its own lock (its reopen at the end would never come); a
// tab tells the rebuild's snapshot from a schema upgrade.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdRebuildLock, isRebuildSnapshot, rebuildSettled } from '../../../src/db/rebuild-lock';

type Callback = () => unknown;

/** A lock manager for one lock: exclusive requests queue, a shared one waits for them. */
function fakeLocks() {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    request(_name: string, options: Callback | { mode: string }, callback?: Callback) {
      const work = typeof options === 'function' ? options : (callback as Callback);
      const shared = typeof options !== 'function' && options.mode === 'shared';
      const run = queue.then(() => work());
      if (!shared) queue = run.catch(() => undefined);
      return run;
    },
  };
}

/** Lets every pending promise callback run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the rebuild lock', () => {
  beforeEach(() => vi.stubGlobal('navigator', { locks: fakeLocks() }));
  afterEach(() => vi.unstubAllGlobals());

  it('keeps an open waiting until the rebuild lets go', async () => {
    let finishRebuild = () => {};
    const rebuild = holdRebuildLock(
      'koers',
      () =>
        new Promise<void>((resolve) => {
          finishRebuild = resolve;
        }),
    );
    let settled = false;
    const waiting = rebuildSettled('koers').then(() => {
      settled = true;
    });
    await settle();
    expect(settled).toBe(false);
    finishRebuild();
    await rebuild;
    await waiting;
    expect(settled).toBe(true);
  });

  it('does not keep the rebuilding tab waiting for its own lock', async () => {
    const result = await holdRebuildLock('koers', async () => {
      await rebuildSettled('koers');
      return 'reopened';
    });
    expect(result).toBe('reopened');
  });

  it('does not wait where the browser has no Web Locks', async () => {
    vi.stubGlobal('navigator', {});
    await expect(rebuildSettled('koers')).resolves.toBeUndefined();
  });
});

describe('isRebuildSnapshot', () => {
  it("tells a rebuild's snapshot from a newer schema and from the deletion", () => {
    // Dexie opens schema version 11 as 110: a schema upgrade steps by tens.
    expect(isRebuildSnapshot({ oldVersion: 110, newVersion: 111 })).toBe(true);
    expect(isRebuildSnapshot({ oldVersion: 110, newVersion: 120 })).toBe(false);
    expect(isRebuildSnapshot({ oldVersion: 110, newVersion: null })).toBe(false);
  });
});

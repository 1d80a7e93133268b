// The rebuild's Web Lock: an open in another tab waits while a rebuild holds it, and the tab
// that rebuilds does not wait for its own lock (its reopen at the end would never come); a
// tab tells the rebuild's snapshot from a schema upgrade.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  holdRebuildLock,
  isRebuildSnapshot,
  rebuildSettled,
  reopenWithinRebuild,
} from '../../../src/db/rebuild-lock';

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

  it("lets the rebuild's own reopen through, and keeps the tab's other opens waiting", async () => {
    let other: Promise<void> | undefined;
    let otherSettled = false;
    const result = await holdRebuildLock('koers', async () => {
      // A screen of this tab opens the store while the rebuild runs: it waits.
      other = rebuildSettled('koers').then(() => {
        otherSettled = true;
      });
      await settle();
      expect(otherSettled).toBe(false);
      await reopenWithinRebuild(() => rebuildSettled('koers'));
      return 'reopened';
    });
    expect(result).toBe('reopened');
    await other;
    expect(otherSettled).toBe(true);
  });

  it('does not wait where the browser has no Web Locks', async () => {
    vi.stubGlobal('navigator', {});
    await expect(rebuildSettled('koers')).resolves.toBeUndefined();
  });
});

describe('isRebuildSnapshot', () => {
  it("tells a rebuild's snapshot from a newer schema and from the deletion", () => {
    // Dexie opens schema version 11 as 110: a schema upgrade steps by tens, and Dexie's patch
    // of a schema in place by one.
    expect(isRebuildSnapshot({ oldVersion: 110, newVersion: 115 })).toBe(true);
    expect(isRebuildSnapshot({ oldVersion: 111, newVersion: 116 })).toBe(true);
    expect(isRebuildSnapshot({ oldVersion: 110, newVersion: 111 })).toBe(false);
    expect(isRebuildSnapshot({ oldVersion: 110, newVersion: 120 })).toBe(false);
    expect(isRebuildSnapshot({ oldVersion: 110, newVersion: null })).toBe(false);
  });
});

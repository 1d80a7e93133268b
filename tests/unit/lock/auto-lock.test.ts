// Auto-lock: by its timers while the page runs, and by the clock when the page comes back
// after its timers stood still (a frozen phone page, a sleeping laptop).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIDDEN_LOCK_MS, startAutoLock } from '../../../src/features/lock/auto-lock';

const MINUTE = 60_000;

/** A window and document with just what auto-lock listens to. */
function fakePage() {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), {
    visibilityState: 'visible' as DocumentVisibilityState,
    documentElement: { dataset: {} as Record<string, string> },
  });
  vi.stubGlobal('document', doc);
  vi.stubGlobal('addEventListener', win.addEventListener.bind(win));
  vi.stubGlobal('removeEventListener', win.removeEventListener.bind(win));
  return {
    win,
    doc,
    setVisibility(state: DocumentVisibilityState) {
      doc.visibilityState = state;
      doc.dispatchEvent(new Event('visibilitychange'));
    },
    covered: () => Object.hasOwn(doc.documentElement.dataset, 'covered'),
  };
}

/** Moves the clock on without running any timer, as while frozen or asleep. */
function standStill(ms: number) {
  vi.setSystemTime(Date.now() + ms);
}

describe('startAutoLock', () => {
  let page: ReturnType<typeof fakePage>;
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-12-05T10:00:00Z') });
    page = fakePage();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('locks after the idle time without input, and input puts the lock off', () => {
    const lock = vi.fn();
    const stop = startAutoLock(5, lock);
    vi.advanceTimersByTime(4 * MINUTE);
    page.win.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(4 * MINUTE);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MINUTE);
    expect(lock).toHaveBeenCalledTimes(1);
    stop();
  });

  it('locks half a minute after the page is hidden, covered meanwhile, not after a glance', () => {
    const lock = vi.fn();
    const stop = startAutoLock(15, lock);
    page.setVisibility('hidden');
    expect(page.covered()).toBe(true);
    vi.advanceTimersByTime(HIDDEN_LOCK_MS - 1_000);
    page.setVisibility('visible');
    expect(page.covered()).toBe(false);
    vi.advanceTimersByTime(HIDDEN_LOCK_MS);
    expect(lock).not.toHaveBeenCalled();
    page.setVisibility('hidden');
    vi.advanceTimersByTime(HIDDEN_LOCK_MS);
    expect(lock).toHaveBeenCalledTimes(1);
    stop();
  });

  it('locks on coming back from a freeze that lasted past the hidden time, still covered', () => {
    const lock = vi.fn();
    const stop = startAutoLock(15, lock);
    page.setVisibility('hidden');
    standStill(2 * MINUTE);
    page.setVisibility('visible');
    expect(lock).toHaveBeenCalledTimes(1);
    // The content stays covered until the lock screen replaces it (the gate stops auto-lock).
    expect(page.covered()).toBe(true);
    stop();
    expect(page.covered()).toBe(false);
  });

  it('locks on a thawed page (resume) or a focused one once a deadline has passed', () => {
    const lock = vi.fn();
    const stop = startAutoLock(1, lock);
    page.doc.dispatchEvent(new Event('resume'));
    expect(lock).not.toHaveBeenCalled();
    standStill(2 * MINUTE);
    page.doc.dispatchEvent(new Event('resume'));
    expect(lock).toHaveBeenCalledTimes(1);
    stop();

    const lockAgain = vi.fn();
    const stopAgain = startAutoLock(1, lockAgain);
    standStill(2 * MINUTE);
    page.win.dispatchEvent(new Event('focus'));
    expect(lockAgain).toHaveBeenCalledTimes(1);
    stopAgain();
  });

  it('locks on the first input after a sleep past the idle time, instead of starting over', () => {
    const lock = vi.fn();
    const stop = startAutoLock(5, lock);
    standStill(6 * MINUTE);
    page.win.dispatchEvent(new Event('pointerdown'));
    expect(lock).toHaveBeenCalledTimes(1);
    stop();
  });

  it('locks at once when the page is put away, and stops listening when stopped', () => {
    const lock = vi.fn();
    const stop = startAutoLock(5, lock);
    page.win.dispatchEvent(new Event('pagehide'));
    expect(lock).toHaveBeenCalledTimes(1);
    stop();
    page.win.dispatchEvent(new Event('pagehide'));
    standStill(10 * MINUTE);
    page.win.dispatchEvent(new Event('keydown'));
    page.setVisibility('hidden');
    vi.advanceTimersByTime(10 * MINUTE);
    expect(lock).toHaveBeenCalledTimes(1);
  });
});

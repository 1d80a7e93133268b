// How long a notice stays: a plain one fades, one with actions or a null timeout stays until closed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dismissContentToasts, dismissToast, showToast, watchToasts } from '../../../src/ui/toasts';

let unwatch = () => {};

/** The ids of the notices shown, as the region would draw them. */
function watchIds(): () => string[] {
  let ids: string[] = [];
  const stop = watchToasts((toasts) => {
    ids = toasts.map((toast) => toast.id);
  });
  unwatch = () => void stop();
  return () => ids;
}

describe('notices', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    for (const id of ['plain', 'action', 'stays', 'update', 'removed']) dismissToast(id);
    unwatch();
    vi.useRealTimers();
  });

  it('fades a plain notice after five seconds', () => {
    const shown = watchIds();
    showToast({ id: 'plain', text: 'Saved' });
    vi.advanceTimersByTime(4_999);
    expect(shown()).toEqual(['plain']);
    vi.advanceTimersByTime(1);
    expect(shown()).toEqual([]);
  });

  it('keeps a notice with actions, and one whose timeout is null, until closed', () => {
    const shown = watchIds();
    showToast({ id: 'action', text: 'Update', actions: [{ label: 'Reload', onClick: () => {} }] });
    showToast({ id: 'stays', text: 'Cleared elsewhere', timeout: null });
    vi.advanceTimersByTime(60_000);
    expect(shown()).toEqual(['action', 'stays']);
    dismissToast('stays');
    expect(shown()).toEqual(['action']);
  });

  it('keeps only the app’s own notices when the app locks: none that names the content', () => {
    const shown = watchIds();
    showToast({ id: 'update', text: 'A new version', actions: [], showWhileLocked: true });
    showToast({
      id: 'removed',
      text: 'Mara de Wit was removed',
      actions: [{ label: 'Undo', onClick: () => {} }],
    });
    expect(shown()).toEqual(['update', 'removed']);
    dismissContentToasts();
    expect(shown()).toEqual(['update']);
  });
});

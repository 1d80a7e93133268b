// The first-run "works offline" notice speaks the language the user chose: the worker often
// finishes installing after the first run, when the app started in English.
import { describe, expect, it, vi } from 'vitest';

const listeners = new Map<string, (event: { isUpdate?: boolean }) => void>();
const toasts: string[] = [];

vi.mock('workbox-window', () => ({
  Workbox: class {
    addEventListener(type: string, listener: (event: { isUpdate?: boolean }) => void) {
      listeners.set(type, listener);
    }
    register() {
      // Never settles: the update checks that follow registration need a document.
      return new Promise(() => undefined);
    }
  },
}));
vi.mock('../../../src/ui/toasts', () => ({
  showToast: (toast: { text: string }) => toasts.push(toast.text),
}));

describe('the offline-ready notice', () => {
  it('is shown in the language chosen after the worker was registered', async () => {
    const { startServiceWorker } = await import('../../../src/app/update/service-worker');
    const { translate } = await import('../../../src/i18n/translate');
    const english = (key: Parameters<typeof translate>[1]) => translate('en', key);
    const dutch = (key: Parameters<typeof translate>[1]) => translate('nl', key);
    expect(startServiceWorker(english)).toBeDefined();
    // The user picks Dutch in the first run; the app calls again with the new language.
    expect(startServiceWorker(dutch)).toBeUndefined();
    listeners.get('installed')?.({ isUpdate: false });
    expect(toasts).toEqual(['Koers werkt nu ook offline.']);
  });
});

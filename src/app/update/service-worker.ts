// Registers the service worker and offers updates as a notice. An update is applied only when
// the user chooses it, after every pending draft is stored: never a reload over unsaved input.
import { Workbox } from 'workbox-window';
import { flushAllDrafts } from '../../db/drafts';
import type { I18n } from '../../i18n/context';
import { showToast } from '../../ui/toasts';

/** How often an open app asks the server for a new version. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

let started = false;
// The messages of the current language: the worker often finishes installing after the first
// run's language choice, so its notices must not speak the language of the first call.
let t: I18n['t'] = (key) => key;

/**
 * Registers /sw.js and wires the update prompt; safe to call more than once. A later call only
 * changes the language of the notices to come (call it again when the language changes).
 */
export function startServiceWorker(translate: I18n['t']): Workbox | undefined {
  t = translate;
  if (started) return undefined;
  started = true;
  const wb = new Workbox('/sw.js', { scope: '/', type: 'module' });

  wb.addEventListener('waiting', () => {
    showToast({
      id: 'update',
      text: t('update.available'),
      showWhileLocked: true,
      actions: [
        {
          label: t('update.apply'),
          primary: true,
          onClick: () => {
            showToast({
              id: 'update',
              text: t('update.applying'),
              actions: [],
              showWhileLocked: true,
            });
            void applyUpdate(wb);
          },
        },
      ],
    });
  });

  wb.addEventListener('installed', (event) => {
    if (!event.isUpdate)
      showToast({ id: 'offline-ready', text: t('offline.ready'), showWhileLocked: true });
  });

  void wb.register().then((registration) => {
    const check = () => void registration?.update().catch(() => undefined);
    setInterval(check, UPDATE_CHECK_MS);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') check();
    });
  });
  return wb;
}

async function applyUpdate(wb: Workbox): Promise<void> {
  await flushAllDrafts().catch(() => undefined);
  // Reload only once the new worker controls the page, so the new version is what loads.
  wb.addEventListener('controlling', () => location.reload());
  wb.messageSkipWaiting();
}

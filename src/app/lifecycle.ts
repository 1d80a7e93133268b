// What the running app does besides showing screens: keep drafts safe when the page goes away,
// ask for persistent storage after the first real save, react to another tab upgrading the
// database, and start the service worker once the first screen is up.
import { useEffect } from 'preact/hooks';
import { onClosedForOtherTab } from '../db/db-events';
import { flushAllDrafts } from '../db/drafts';
import { onSaved } from '../db/save-events';
import { requestPersistence } from '../db/storage';
import { useI18n } from '../i18n/context';
import { useSettings } from '../services/settings-context';
import { whenIdle } from '../ui/idle';
import { showToast } from '../ui/toasts';
import { keepTypedTextOutOfBrowserMemory } from './form-memory';

/** Installs the app-wide listeners; call once from the shell. */
export function useAppLifecycle(): void {
  const { t } = useI18n();
  const { settings, update } = useSettings();

  useEffect(() => {
    const save = () => void flushAllDrafts().catch(() => undefined);
    const onVisibility = () => document.visibilityState === 'hidden' && save();
    addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);

  useEffect(() => keepTypedTextOutOfBrowserMemory(), []);

  useEffect(() => {
    if (settings.persistenceRequested) return;
    return onSaved(() => {
      void update({ persistenceRequested: true }).then(() => requestPersistence());
    });
  }, [settings.persistenceRequested, update]);

  useEffect(
    () =>
      onClosedForOtherTab((reason) =>
        showToast(
          // After a rebuild the connection opens again by itself (src/db/database.ts).
          reason === 'rebuild'
            ? {
                id: 'versionchange',
                text: t('db.rebuiltElsewhere'),
                timeout: null,
                showWhileLocked: true,
              }
            : {
                id: 'versionchange',
                showWhileLocked: true,
                text: t('error.database-closed'),
                actions: [
                  { label: t('error.reload'), primary: true, onClick: () => location.reload() },
                ],
              },
        ),
      ),
    [t],
  );

  useEffect(() => {
    if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
    // Lazy and after the first screen has settled: workbox-window is not needed to show it.
    return whenIdle(
      () =>
        void import('./update/service-worker').then(({ startServiceWorker }) =>
          startServiceWorker(t),
        ),
      3_000,
    );
  }, [t]);
}

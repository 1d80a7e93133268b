// The install hint: the browser's own install prompt where it exists, the Add to Home Screen
// steps on iOS (where installing is what keeps the data from being deleted after 7 days).
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/context';
import { useSettings } from '../../services/settings-context';

interface BeforeInstallPromptEvent extends Event {
  prompt: () => Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

function isStandalone(): boolean {
  return (
    matchMedia('(display-mode: standalone)').matches ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true
  );
}

function isIos(): boolean {
  // iPadOS reports itself as a Mac; touch support tells them apart.
  return (
    /iPhone|iPad|iPod/.test(navigator.userAgent) ||
    (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1)
  );
}

/** A dismissible card inviting the user to install Koers, when that is possible. */
export function InstallHint() {
  const { t } = useI18n();
  const { settings, update } = useSettings();
  const [promptEvent, setPromptEvent] = useState<BeforeInstallPromptEvent | null>(null);

  useEffect(() => {
    const capture = (event: Event) => {
      // Keep the browser's prompt for our own button instead of its mini-infobar.
      event.preventDefault();
      setPromptEvent(event as BeforeInstallPromptEvent);
    };
    addEventListener('beforeinstallprompt', capture);
    return () => removeEventListener('beforeinstallprompt', capture);
  }, []);

  if (settings.installHintDismissed || isStandalone()) return null;
  const ios = isIos();
  if (!promptEvent && !ios) return null;

  return (
    <aside class="install-hint" aria-labelledby="install-title">
      <h2 id="install-title">{t('install.title')}</h2>
      <p>{t('install.why')}</p>
      {ios && <p>{t('install.ios')}</p>}
      <div class="actions">
        {promptEvent && (
          <button
            type="button"
            class="button primary"
            onClick={() => {
              void promptEvent.prompt();
              void promptEvent.userChoice.then(() => setPromptEvent(null));
            }}
          >
            {t('install.button')}
          </button>
        )}
        <button
          type="button"
          class="button quiet"
          onClick={() => void update({ installHintDismissed: true })}
        >
          {t('install.dismiss')}
        </button>
      </div>
    </aside>
  );
}

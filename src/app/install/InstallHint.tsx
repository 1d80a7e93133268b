// The install hint: one line on Today (never over a form), with the browser's own install
// prompt where it exists and the Add to Home Screen steps on iOS (where installing is what
// keeps the data from being deleted after 7 days). Put away, it comes back only after the app
// was used on three more days, and after the third time not at all.
import { useEffect, useState } from 'preact/hooks';
import { dayKeyOf } from '../../domain/dates';
import { useI18n } from '../../i18n/context';
import { useSettings } from '../../services/settings-context';
import { isIos, isStandalone } from '../../ui/platform';
import { installPrompt, offerInstall, watchInstallPrompt } from './install-prompt';

/** Days of use after a dismissal before the hint shows again. */
const DAYS_BEFORE_AGAIN = 3;
/** Dismissals after which the hint stays away. */
const MAX_DISMISSALS = 3;

/** Counts the local days on which the app was opened (one settings write per day at most). */
export function useRecordUseDay(): void {
  const { settings, update } = useSettings();
  const today = dayKeyOf(new Date());
  useEffect(() => {
    if (settings.lastUseDay !== today) {
      void update({ lastUseDay: today, useDays: settings.useDays + 1 });
    }
  }, [settings.lastUseDay, settings.useDays, today, update]);
}

/** A dismissible one-line invitation to install Koers, when that is possible. */
export function InstallHint() {
  const { t } = useI18n();
  const { settings, update } = useSettings();
  // Kept since the page started (install-prompt.ts): the browser sends it once per load.
  const [promptEvent, setPromptEvent] = useState(installPrompt);
  useEffect(() => watchInstallPrompt(setPromptEvent), []);

  const putAway =
    settings.installHintDismissals >= MAX_DISMISSALS ||
    settings.useDays < settings.installHintAgainAtUseDay;
  if (putAway || isStandalone()) return null;
  const ios = isIos();
  if (!promptEvent && !ios) return null;

  return (
    // One line at 360 px: the action itself says what it does, and "Not now" is a cross
    // (docs/decisions.md, "The install hint").
    <aside class="install-hint" aria-label={t('install.title')}>
      {promptEvent ? (
        <button
          type="button"
          class="button primary install-action"
          onClick={() => void offerInstall(promptEvent)}
        >
          {t('install.lineApp')}
        </button>
      ) : (
        // iOS has no prompt: the line opens the steps, and why it matters there (keeping data).
        <details class="install-how">
          <summary>{t('install.line')}</summary>
          <p>{t('install.ios')}</p>
          <p>{t('install.why')}</p>
        </details>
      )}
      <button
        type="button"
        class="button quiet install-dismiss"
        aria-label={t('install.dismiss')}
        title={t('install.dismiss')}
        onClick={() =>
          void update({
            installHintDismissals: settings.installHintDismissals + 1,
            installHintAgainAtUseDay: settings.useDays + DAYS_BEFORE_AGAIN,
          })
        }
      >
        <span aria-hidden="true">×</span>
      </button>
    </aside>
  );
}

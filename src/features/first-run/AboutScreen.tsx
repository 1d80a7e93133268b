// "About Koers and your data" (`/about`), to read again after the first run: the version for
// this device's role, and when it was acknowledged. Reached from Settings and the help page.
import { useI18n, useMessages } from '../../i18n/context';
import { useSettings } from '../../services/settings-context';
import { AboutKoers } from './AboutKoers';
import { aboutMessages } from './messages';

/** The about screen. */
export default function AboutScreen() {
  const t = useMessages(aboutMessages);
  const { dateTime } = useI18n();
  const { settings } = useSettings();
  return (
    <section aria-labelledby="about-title">
      <h1 id="about-title">{t('about.title')}</h1>
      <AboutKoers role={settings.role === 'coach' ? 'coach' : 'client'} />
      {settings.aboutReadAt && (
        <p class="muted">{t('about.readOn', { date: dateTime(settings.aboutReadAt, false) })}</p>
      )}
    </section>
  );
}

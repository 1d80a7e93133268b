// The first screen after the first run: the quickest ways in, and a start for an empty app.
import { useSettings } from '../../app/settings-context';
import { useI18n } from '../../i18n/context';
import { ExampleDataButton } from '../../ui/ExampleDataButton';
import { RestoreOffer } from '../share/RestoreOffer';

/** Today: quick actions for the client, the way in for the coach. */
export default function HomeScreen(props: { role: 'client' | 'coach' }) {
  const { t } = useI18n();
  const { settings } = useSettings();
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t('home.title')}</h1>
      {settings.displayName && <p class="muted">{settings.displayName}</p>}
      {props.role === 'coach' ? (
        <p>{t('home.coachIntro')}</p>
      ) : (
        <div class="quick-actions">
          <a class="button primary large" href="/diary/new">
            {t('home.newDiary')}
          </a>
          <a class="button large" href="/focusing/new">
            {t('home.newFocusing')}
          </a>
        </div>
      )}
      <RestoreOffer />
      <p>{t('home.empty')}</p>
      <ExampleDataButton />
    </section>
  );
}

// Today: the first screen. On the critical path (imported by the shell), so it holds only
// what paints at once; the material that needs the database (its code, Dexie, the records
// database) is loaded once the device is first idle, so the quick actions and the navigation
// answer a tap before any of that is fetched and evaluated.
import { lazy } from 'preact-iso';
import { dayKeyOf } from '../../domain/dates';
import { useI18n } from '../../i18n/context';
import { formatLongDay } from '../../i18n/translate';
import { useSettings } from '../../services/settings-context';
import { useIdle } from '../../ui/idle';

const HomeMaterial = lazy(() => import('./HomeMaterial'));

/** Today: quick actions for the client, the way in for the coach, then the material. */
export function HomeScreen(props: { role: 'client' | 'coach' }) {
  const { t, language } = useI18n();
  const { settings } = useSettings();
  const idle = useIdle();
  // Today's local day, written out in the app's language ("Thursday, December 3, 2026").
  const today = formatLongDay(language, dayKeyOf(new Date()));
  return (
    <section aria-labelledby="home-title" class="home">
      <h1 id="home-title">{t('home.title')}</h1>
      <p class="home-today">{today}</p>
      {settings.displayName && <p class="muted">{settings.displayName}</p>}
      <div class="quick-actions">
        {props.role === 'coach' ? (
          <a class="button primary large" href="/share/import">
            {t('home.coachImport')}
          </a>
        ) : (
          <>
            <a class="button primary large" href="/diary/new">
              {t('home.newDiary')}
            </a>
            <a class="button large" href="/focusing/new">
              {t('home.newFocusing')}
            </a>
          </>
        )}
      </div>
      {idle && <HomeMaterial role={props.role} />}
    </section>
  );
}

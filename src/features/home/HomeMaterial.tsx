// The home screen's material, loaded right after its first paint: the week at a glance, open
// work, the trend, the newest diary forms, the themes, the restore offer, the invitation to
// turn the lock on and example data (these need the database).

import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLiveQuery } from '../../db/live';
import { dayKeyOf } from '../../domain/dates';
import { lockInviteShows } from '../../domain/home/lock-invite';
import type { MessageKey } from '../../i18n/catalog';
import { useI18n } from '../../i18n/context';
import { useSettings } from '../../services/settings-context';
import { ExampleDataButton } from '../../ui/ExampleDataButton';
import { lockHinted } from '../lock/public';
import { RestoreOffer } from '../share/public';
import { CoachHome } from './CoachHome';
import { loadGlance } from './glance-data';
import { TrendLine, WeekStrip } from './HomeGlance';
import { OpenWork } from './OpenWork';
import { ReminderNudge } from './ReminderNudge';
import { type HomeSummary, loadHomeSummary } from './summary';
import './home.css';

const phaseLabel: Record<'attending' | 'creating' | 'anchoring', MessageKey> = {
  attending: 'home.phase.attending',
  creating: 'home.phase.creating',
  anchoring: 'home.phase.anchoring',
};

/** Everything on Today that reads stored material. */
export default function HomeMaterial(props: { role: 'client' | 'coach' }) {
  const { t } = useI18n();
  const { settings } = useSettings();
  const ownerId = settings.profileId ?? '';
  const summary = useLiveQuery(() => loadHomeSummary(ownerId), [ownerId]);
  const value = summary.status === 'ready' ? summary.value : undefined;
  // The local day now; a new day (the screen left open past midnight) reads the glance afresh.
  const today = dayKeyOf(new Date());
  const glanceQuery = useLiveQuery(() => loadGlance(ownerId, today), [ownerId, today]);
  const glance = glanceQuery.status === 'ready' ? glanceQuery.value : undefined;
  // A coach's Today is about clients; their own material shows only with the client's sections.
  if (props.role === 'coach' && !settings.coachClientSections) {
    return (
      <>
        <RestoreOffer />
        <CoachHome />
      </>
    );
  }
  return (
    <>
      {props.role === 'coach' && <CoachHome />}
      <RestoreOffer />
      {value && props.role === 'client' && (
        <ReminderNudge lastDiaryChangeAt={value.lastDiaryChangeAt} />
      )}
      {value &&
        props.role === 'client' &&
        lockInviteShows({
          entries: value.ownEntries,
          lockEngaged: lockHinted(),
          dismissed: settings.lockInviteDismissed,
        }) && <LazyLockInvite ownEntries={value.ownEntries} />}
      {glance && props.role === 'client' && (
        <WeekStrip today={today} diary={glance.diary} sessions={glance.sessions} />
      )}
      {glance && <OpenWork items={glance.open} />}
      {glance && props.role === 'client' && <TrendLine today={today} diary={glance.diary} />}
      {value && value.recentDiary.length > 0 && <RecentDiary summary={value} />}
      {value && value.themes.length > 0 && (
        <section aria-labelledby="home-themes">
          <h2 id="home-themes">{t('home.themes')}</h2>
          <ul class="home-list">
            {value.themes.map((theme) => (
              <li key={theme.id}>
                <a href={`/trajectory/themes/${theme.id}`}>{theme.title}</a>{' '}
                <span class="muted">{t(phaseLabel[theme.phase])}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {value?.empty && props.role === 'client' && <p>{t('home.empty')}</p>}
      <ExampleDataButton />
    </>
  );
}

/**
 * The lock invitation's card, its code fetched only when the rule says it shows (by the
 * hint; the card follows the lock's live state itself), so home's first load does not carry it.
 */
function LazyLockInvite(props: { ownEntries: number }) {
  const [Card, setCard] = useState<FunctionComponent<{ ownEntries: number }>>();
  useEffect(() => {
    void import('./LockInvite').then((loaded) => setCard(() => loaded.LockInvite));
  }, []);
  return Card ? <Card ownEntries={props.ownEntries} /> : null;
}

function RecentDiary(props: { summary: HomeSummary }) {
  const { t, dateTime } = useI18n();
  return (
    <section aria-labelledby="home-recent">
      <h2 id="home-recent">{t('home.recentDiary')}</h2>
      <ul class="home-list">
        {props.summary.recentDiary.map((entry) => (
          <li key={entry.id}>
            <a href={`/diary/${entry.id}`}>
              <span class="home-date">{dateTime(entry.occurredAt)}</span>
              <span class="home-text">{entry.situation}</span>
            </a>
          </li>
        ))}
      </ul>
      <p>
        <a href="/diary">{t('home.allDiary', { count: props.summary.diaryCount })}</a>
      </p>
    </section>
  );
}

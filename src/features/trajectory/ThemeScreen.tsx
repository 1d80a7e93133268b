// One theme: its phase and timeline, goals, action points to tick off, linked valuations,
// what links to it, and edit and delete (a tombstone with undo).
import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { Repository } from '../../db/repository';
import type { ThemeRecord } from '../../domain/records';
import { currentPhase, replaceItem } from '../../domain/trajectory';
import { useI18n, useMessages } from '../../i18n/context';
import { useErrorText } from '../../ui/error-message';
import { offerUndo } from '../../ui/undo';
import { CoachNotes } from '../coach/public';
import { Loaded, PhaseBadge } from './common';
import { useTheme, useValuations } from './data';
import { LinkedItems } from './LinkedItems';
import { phaseExplain, phaseName } from './labels';
import { trajectoryMessages } from './messages';
import { PhaseMoveForm } from './PhaseMoveForm';
import { PhaseTimeline } from './PhaseTimeline';
import { changeTheme } from './save-theme';
import './trajectory.css';
import { isLive } from '../../domain/records/live';

/** The theme screen. */
export default function ThemeScreen() {
  const t = useMessages(trajectoryMessages);
  const { params } = useRoute();
  const theme = useTheme(params.id ?? '');
  return (
    <Loaded result={theme}>
      {(found) =>
        !found || !isLive(found) ? (
          <section aria-labelledby="theme-missing">
            <h1 id="theme-missing">{t('trajectory.title')}</h1>
            <p>{t('theme.notFound')}</p>
            <a href="/trajectory">{t('theme.back')}</a>
          </section>
        ) : (
          <ThemePage theme={found} />
        )
      }
    </Loaded>
  );
}

function ThemePage(props: { theme: ThemeRecord }) {
  const t = useMessages(trajectoryMessages);
  const { dateTime } = useI18n();
  const errorText = useErrorText();
  const { route } = useLocation();
  const { theme } = props;
  const [status, setStatus] = useState('');
  const current = currentPhase(theme.phaseHistory);

  const remove = async () => {
    const repository = new Repository('themes');
    try {
      await repository.remove(theme.id);
      offerUndo(t('theme.deleted'), t('theme.undo'), () => repository.restore(theme.id));
      route('/trajectory');
    } catch (error) {
      setStatus(errorText(error));
    }
  };

  return (
    <article aria-labelledby="theme-title" class="stack">
      <p>
        <a href="/trajectory">{t('theme.back')}</a>
      </p>
      <h1 id="theme-title">{theme.title}</h1>
      {theme.description && <p class="pre-line">{theme.description}</p>}
      <p role="status" class="muted">
        {status}
      </p>
      <section aria-labelledby="current-title">
        <h2 id="current-title">{t('theme.currentPhase')}</h2>
        <p>
          <PhaseBadge phase={theme.phase} /> {current && dateTime(current.since, false)}
        </p>
        <p>{t(phaseExplain[theme.phase])}</p>
        <PhaseMoveForm
          theme={theme}
          onMoved={(phase) => setStatus(t('move.done', { phase: t(phaseName[phase]) }))}
        />
      </section>
      <PhaseTimeline theme={theme} onSaved={setStatus} />
      <section aria-labelledby="goals-title">
        <h2 id="goals-title">{t('theme.goals')}</h2>
        {theme.goals.length === 0 ? (
          <p class="muted">{t('theme.goals.none')}</p>
        ) : (
          <ul>
            {theme.goals.map((goal, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list of goals, plain strings that may repeat; the position is their identity.
              <li key={index}>{goal}</li>
            ))}
          </ul>
        )}
      </section>
      <ActionPoints theme={theme} onStatus={setStatus} />
      <LinkedValuations ids={theme.valuationIds} />
      <LinkedItems theme={theme} />
      <CoachNotes targetId={theme.id} />
      <div class="actions">
        <a class="button" href={`/trajectory/themes/${theme.id}/edit`}>
          {t('theme.edit')}
        </a>
        <button type="button" class="button" onClick={() => void remove()}>
          {t('theme.delete')}
        </button>
      </div>
    </article>
  );
}

function ActionPoints(props: { theme: ThemeRecord; onStatus: (text: string) => void }) {
  const t = useMessages(trajectoryMessages);
  const errorText = useErrorText();
  const { theme } = props;
  const tick = async (index: number, done: boolean) => {
    const point = theme.actionPoints[index];
    if (!point) return;
    const error = await changeTheme(theme.id, {
      actionPoints: replaceItem(theme.actionPoints, index, { ...point, done }),
    });
    props.onStatus(error ? errorText(error) : t('theme.actionPoints.saved'));
  };
  return (
    <section aria-labelledby="actions-title">
      <h2 id="actions-title">{t('theme.actionPoints')}</h2>
      {theme.actionPoints.length === 0 ? (
        <p class="muted">{t('theme.actionPoints.none')}</p>
      ) : (
        <ul class="trajectory-plain">
          {theme.actionPoints.map((point, index) => (
            <li key={point.id}>
              <label class={point.done ? 'check-item done' : 'check-item'}>
                <input
                  type="checkbox"
                  checked={point.done}
                  onChange={(event) => void tick(index, event.currentTarget.checked)}
                />
                <span>{point.text}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function LinkedValuations(props: { ids: string[] }) {
  const t = useMessages(trajectoryMessages);
  const valuations = useValuations(props.ids);
  return (
    <section aria-labelledby="valuations-title">
      <h2 id="valuations-title">{t('theme.valuations')}</h2>
      <Loaded result={valuations}>
        {(list) => (
          <>
            {list.length === 0 && props.ids.length === 0 && (
              <p class="muted">{t('theme.valuations.none')}</p>
            )}
            {list.length > 0 && (
              <ul>
                {list.map((valuation) => (
                  <li key={valuation.id}>{valuation.text}</li>
                ))}
              </ul>
            )}
            {list.length < props.ids.length && <p class="muted">{t('theme.valuations.missing')}</p>}
          </>
        )}
      </Loaded>
    </section>
  );
}

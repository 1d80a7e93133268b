// The client's themes with their phases (attending, creating, anchoring) and history; read-only.
import type { Freshness } from '../../../domain/coach/changes';
import type { ThemeRecord } from '../../../domain/records';
import { useI18n, useMessages } from '../../../i18n/context';
import { phaseLabel } from '../labels';
import type { PickTarget } from '../notes/note-target';
import { materialMessages } from './messages';

/** The themes section of the client page. */
export function ThemesSection(props: {
  themes: ThemeRecord[];
  fresh: Map<string, Freshness>;
  notesPerTarget: Map<string, number>;
  onNote: PickTarget;
}) {
  const t = useMessages(materialMessages);
  const { dateTime } = useI18n();
  return (
    <section aria-labelledby="themes-title" class="coach-section">
      <h2 id="themes-title">{t('coach.type.themes')}</h2>
      {props.themes.length === 0 && <p class="muted">{t('coach.themes.none')}</p>}
      <ul class="record-list">
        {props.themes.map((theme) => {
          const current = theme.phaseHistory.at(-1);
          const notes = props.notesPerTarget.get(theme.id) ?? 0;
          return (
            <li key={theme.id} class="record-item">
              <h3>{theme.title}</h3>
              <p>
                <span class="badge">{t(phaseLabel[theme.phase])}</span>{' '}
                {current && t('coach.themes.since', { date: dateTime(current.since, false) })}
                {props.fresh.get(theme.id) && (
                  <span class="badge fresh">{t('coach.fresh.updated')}</span>
                )}
                {notes > 0 && <span class="badge">{t('coach.notes.count', { count: notes })}</span>}
              </p>
              {theme.description && <p class="record-text">{theme.description}</p>}
              {theme.goals.length > 0 && (
                <>
                  <h4 class="small-heading">{t('coach.themes.goals')}</h4>
                  <ul>
                    {theme.goals.map((goal) => (
                      <li key={goal}>{goal}</li>
                    ))}
                  </ul>
                </>
              )}
              <h4 class="small-heading">{t('coach.themes.history')}</h4>
              <ol>
                {theme.phaseHistory.map((step) => (
                  <li key={step.since}>
                    {t(phaseLabel[step.phase])}: {dateTime(step.since, false)}
                    {step.note && ` · ${step.note}`}
                  </li>
                ))}
              </ol>
              <button
                type="button"
                class="button quiet"
                onClick={() => props.onNote({ type: 'themes', id: theme.id, label: theme.title })}
                aria-label={`${t('coach.notes.onThis')}: ${theme.title}`}
              >
                {t('coach.notes.onThis')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

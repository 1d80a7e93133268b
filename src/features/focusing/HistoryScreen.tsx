// The session history: filters (date range, theme, distance at the end, felt shift) and the
// list, newest first, with the ways to start a session, log one, and see the insight. The
// coach's read-only view of a client shows the same SessionHistory.
import { useState } from 'preact/hooks';
import { useLiveQuery } from '../../db/live';
import {
  filterSessions,
  isFiltering,
  noFilter,
  type SessionFilter,
} from '../../domain/focusing/filter';
import { distanceLabelKey, distances } from '../../domain/focusing/steps';
import type { FocusingSessionRecord } from '../../domain/records';
import { useI18n, useMessages } from '../../i18n/context';
import { useSettings } from '../../services/settings-context';
import { LiveError } from '../../ui/LiveGate';
import { loadSessions, loadThemes } from './data';
import { focusingMessages } from './messages';
import type { NoteAction } from './note-action';
import './focusing.css';
import { isLive } from '../../domain/records/live';

const sessionHref = (id: string) => `/focusing/${id}`;

/** The history screen (`/focusing`). */
export default function HistoryScreen() {
  const t = useMessages(focusingMessages);
  const owner = useSettings().settings.profileId ?? '';
  return (
    <section aria-labelledby="history-title" class="focusing">
      <h1 id="history-title">{t('focusing.history.title')}</h1>
      <div class="quick-actions">
        <a class="button primary large" href="/focusing/new">
          {t('focusing.history.start')}
        </a>
        <a class="button large" href="/focusing/quick">
          {t('focusing.history.quick')}
        </a>
      </div>
      <p>
        <a href="/focusing/insight">{t('focusing.history.insight')}</a>
      </p>
      <SessionHistory ownerId={owner} sessionHref={sessionHref} />
    </section>
  );
}

/** The filters and the session list of `ownerId`; `readOnly` leaves out "continue". */
export function SessionHistory(props: {
  ownerId: string;
  sessionHref: (id: string) => string;
  readOnly?: boolean;
  note?: NoteAction<FocusingSessionRecord> | undefined;
}) {
  const t = useMessages(focusingMessages);
  const owner = props.ownerId;
  const sessions = useLiveQuery(() => loadSessions(owner), [owner]);
  const themes = useLiveQuery(() => loadThemes(owner), [owner]);
  const [filter, setFilter] = useState<SessionFilter>(noFilter);
  const set = (changes: Partial<SessionFilter>) =>
    setFilter((current) => ({ ...current, ...changes }));
  const shown = sessions.status === 'ready' ? filterSessions(sessions.value, filter) : [];
  const total = sessions.status === 'ready' ? sessions.value.filter(isLive).length : 0;

  return (
    <>
      <details class="filters" open={isFiltering(filter)}>
        <summary>{t('focusing.filter')}</summary>
        <div class="filter-grid">
          <div class="field">
            <label for="filter-from">{t('focusing.filter.from')}</label>
            <input
              id="filter-from"
              type="date"
              value={filter.from}
              onInput={(event) => set({ from: event.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for="filter-to">{t('focusing.filter.to')}</label>
            <input
              id="filter-to"
              type="date"
              value={filter.to}
              onInput={(event) => set({ to: event.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for="filter-theme">{t('focusing.links.theme')}</label>
            <select
              id="filter-theme"
              value={filter.themeId}
              onChange={(event) => set({ themeId: event.currentTarget.value })}
            >
              <option value="">{t('focusing.filter.any')}</option>
              {themes.status === 'ready' &&
                themes.value.map((theme) => (
                  <option key={theme.id} value={theme.id}>
                    {theme.title}
                  </option>
                ))}
            </select>
          </div>
          <div class="field">
            <label for="filter-distance">{t('focusing.distanceEnd')}</label>
            <select
              id="filter-distance"
              value={filter.distanceEnd}
              onChange={(event) =>
                set({ distanceEnd: event.currentTarget.value as SessionFilter['distanceEnd'] })
              }
            >
              <option value="">{t('focusing.filter.any')}</option>
              {distances.map((value) => (
                <option key={value} value={value}>
                  {t(distanceLabelKey[value])}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="filter-shift">{t('focusing.feltShift')}</label>
            <select
              id="filter-shift"
              value={filter.feltShift}
              onChange={(event) =>
                set({ feltShift: event.currentTarget.value as SessionFilter['feltShift'] })
              }
            >
              <option value="">{t('focusing.filter.any')}</option>
              <option value="yes">{t('focusing.yes')}</option>
              <option value="no">{t('focusing.no')}</option>
            </select>
          </div>
        </div>
        {isFiltering(filter) && (
          <button type="button" class="button" onClick={() => setFilter(noFilter)}>
            {t('focusing.filter.clear')}
          </button>
        )}
      </details>
      <LiveError result={sessions} />
      <p role="status" class="muted">
        {sessions.status === 'ready' &&
          (total === 0
            ? t('focusing.history.empty')
            : t('focusing.history.count', { shown: shown.length, total }))}
      </p>
      {shown.length > 0 && (
        <ul class="session-list">
          {shown.map((session) => (
            <SessionItem
              key={session.id}
              session={session}
              href={props.sessionHref(session.id)}
              readOnly={props.readOnly ?? false}
              note={props.note}
            />
          ))}
        </ul>
      )}
    </>
  );
}

function SessionItem(props: {
  session: FocusingSessionRecord;
  href: string;
  readOnly: boolean;
  note?: NoteAction<FocusingSessionRecord> | undefined;
}) {
  const t = useMessages(focusingMessages);
  const { dateTime } = useI18n();
  const { session, note } = props;
  const facts = [
    session.mode === 'guided' ? t('focusing.mode.guided') : t('focusing.mode.quick'),
    session.distanceStart || session.distanceEnd
      ? t('focusing.history.distance', {
          start: session.distanceStart ? t(distanceLabelKey[session.distanceStart]) : '?',
          end: session.distanceEnd ? t(distanceLabelKey[session.distanceEnd]) : '?',
        })
      : undefined,
    session.feltShift === undefined
      ? undefined
      : session.feltShift
        ? t('focusing.history.shift')
        : t('focusing.history.noShift'),
  ].filter(Boolean);
  return (
    <li class="session-item">
      <a href={props.href} class="session-link">
        <strong>{dateTime(session.occurredAt)}</strong>
        {session.handle && <span class="handle">“{session.handle}”</span>}
      </a>
      <p class="muted">{facts.join(' · ')}</p>
      {session.status === 'in-progress' && (
        <p>
          <span class="badge">{t('focusing.history.inProgress')}</span>{' '}
          {!props.readOnly && (
            <a href={`/focusing/new?id=${session.id}`}>{t('focusing.continue')}</a>
          )}
        </p>
      )}
      {note && (
        <button
          type="button"
          class="button quiet"
          aria-label={`${note.label}: ${dateTime(session.occurredAt)}`}
          onClick={() => note.onNote(session)}
        >
          {note.label}
        </button>
      )}
    </li>
  );
}

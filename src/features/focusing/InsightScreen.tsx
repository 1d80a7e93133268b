// Looking back on the session log: a neutral timeline of what came, in the client's own words,
// with the distances and shifts as they were noted; the handles that came and where in the
// body. Nothing is scored: no rates, no charts of success ("nothing came" is part of the method);
// where in the body is counted, as a table of the shared chart kit with a bar per place.
import { useLiveQuery } from '../../db/live';
import { bodyLocationKey, isBodyLocation } from '../../domain/focusing/body';
import { bodyLocationCounts, handlesUsed } from '../../domain/focusing/insights';
import { distanceLabelKey } from '../../domain/focusing/steps';
import { type DistanceReading, sessionTimeline } from '../../domain/focusing/timeline';
import type { FocusingSessionRecord, ThemeRecord } from '../../domain/records';
import { useI18n, useMessages } from '../../i18n/context';
import { useSettings } from '../../services/settings-context';
import { BarTable } from '../../ui/chart/BarTable';
import { LiveGate } from '../../ui/LiveGate';
import { loadSessions, loadThemes } from './data';
import { focusingMessages } from './messages';
import './focusing.css';

/** The most handles listed. */
const HANDLE_LIMIT = 15;

/** Where in the session each distance was noted. */
const readingAtKey = {
  start: 'focusing.insight.at.start',
  'felt-sense': 'focusing.insight.at.felt-sense',
  asking: 'focusing.insight.at.asking',
  'check-out': 'focusing.insight.at.check-out',
} as const satisfies Record<DistanceReading['at'], string>;

/** The insight screen (`/focusing/insight`). */
export default function InsightScreen() {
  const t = useMessages(focusingMessages);
  const owner = useSettings().settings.profileId ?? '';
  return (
    <section aria-labelledby="insight-title" class="focusing insight">
      <h1 id="insight-title">{t('focusing.insight.title')}</h1>
      <p>
        <a href="/focusing">{t('focusing.backToHistory')}</a>
      </p>
      <FocusingInsight ownerId={owner} />
    </section>
  );
}

/** The look back on `ownerId`'s sessions (its sections use h2 headings). */
export function FocusingInsight(props: { ownerId: string }) {
  const owner = props.ownerId;
  const data = useLiveQuery(
    async () => ({ sessions: await loadSessions(owner), themes: await loadThemes(owner) }),
    [owner],
  );

  return <LiveGate result={data}>{(value) => <Insight {...value} />}</LiveGate>;
}

/** The look back itself, once the sessions and themes are read. */
function Insight(props: { sessions: FocusingSessionRecord[]; themes: ThemeRecord[] }) {
  const t = useMessages(focusingMessages);
  const { dateTime } = useI18n();
  const { sessions, themes } = props;
  const timeline = sessionTimeline(sessions);
  const themeTitle = new Map(themes.map((theme) => [theme.id, theme.title]));
  const handles = handlesUsed(sessions).slice(0, HANDLE_LIMIT);
  const locations = bodyLocationCounts(sessions);
  const locationName = (id: string) => (isBodyLocation(id) ? t(bodyLocationKey[id]) : id);

  if (timeline.length === 0) return <p>{t('focusing.insight.empty')}</p>;
  return (
    <div class="insight">
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('focusing.insight.timeline')}</h2>
        <p class="muted">{t('focusing.insight.intro')}</p>
        <ol class="insight-timeline">
          {timeline.map((entry) => (
            <li key={entry.id}>
              <p class="insight-when">
                <time dateTime={entry.occurredAt}>{dateTime(entry.occurredAt)}</time>
              </p>
              <dl class="details">
                {entry.concern && (
                  <div class="detail-item">
                    <dt>{t('focusing.quick.about')}</dt>
                    <dd>{entry.concern}</dd>
                  </div>
                )}
                {entry.feltSense && (
                  <div class="detail-item">
                    <dt>{t('focusing.feltSense')}</dt>
                    <dd>{entry.feltSense}</dd>
                  </div>
                )}
                {entry.handle && (
                  <div class="detail-item">
                    <dt>{t('focusing.stage.handle')}</dt>
                    <dd>“{entry.handle}”</dd>
                  </div>
                )}
                {entry.came.length > 0 && (
                  <div class="detail-item">
                    <dt>{t('focusing.insight.came')}</dt>
                    <dd>
                      <ul>
                        {entry.came.map((text, index) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list of the client's words, which may repeat and have no id; an item holds no state, so its position is its identity.
                          <li key={index}>{text}</li>
                        ))}
                      </ul>
                    </dd>
                  </div>
                )}
                {entry.distances.length > 0 && (
                  <div class="detail-item">
                    <dt>{t('focusing.insight.distances')}</dt>
                    <dd>
                      {entry.distances
                        .map((reading) =>
                          t('focusing.insight.reading', {
                            distance: t(distanceLabelKey[reading.distance]),
                            at: t(readingAtKey[reading.at]),
                          }),
                        )
                        .join(' → ')}
                    </dd>
                  </div>
                )}
                {entry.shift !== undefined && (
                  <div class="detail-item">
                    <dt>{t('focusing.feltShift')}</dt>
                    <dd>
                      {entry.shift ? t('focusing.insight.shifted') : t('focusing.insight.noShift')}
                    </dd>
                  </div>
                )}
                {entry.stoppedEarly && (
                  <div class="detail-item">
                    <dt>{t('focusing.detail.pause')}</dt>
                    <dd>{t('focusing.detail.stoppedEarly')}</dd>
                  </div>
                )}
                {entry.themeId && (
                  <div class="detail-item">
                    <dt>{t('focusing.links.theme')}</dt>
                    <dd>{themeTitle.get(entry.themeId) ?? t('focusing.links.gone')}</dd>
                  </div>
                )}
              </dl>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="handles">
        <h2 id="handles">{t('focusing.insight.handles')}</h2>
        {handles.length === 0 ? (
          <p class="muted">{t('focusing.insight.noHandles')}</p>
        ) : (
          <ol class="handle-list">
            {handles.map((item) => (
              <li key={item.handle}>
                “{item.handle}”{' '}
                <span class="muted">{t('focusing.insight.times', { count: item.count })}</span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="locations">
        <h2 id="locations">{t('focusing.insight.locations')}</h2>
        {locations.length === 0 ? (
          <p class="muted">{t('focusing.insight.noLocations')}</p>
        ) : (
          <BarTable
            labelledBy="locations"
            labelHeader={t('focusing.insight.location')}
            countHeader={t('focusing.insight.count')}
            rows={locations.map((item) => ({
              key: item.location,
              label: locationName(item.location),
              count: item.count,
            }))}
          />
        )}
      </section>
    </div>
  );
}

// Insight into the session log: how often a session ends at the right distance and brings a
// felt shift, over time and per theme; which handles came; where in the body it is felt.
// Charts are SVG with the same numbers in tables.
import { useState } from 'preact/hooks';
import { useLiveQuery } from '../../db/live';
import { bodyLocationKey, isBodyLocation } from '../../domain/focusing/body';
import {
  bodyLocationCounts,
  byPeriod,
  byTheme,
  handlesUsed,
  type InsightSummary,
  summarize,
} from '../../domain/focusing/insights';
import { useI18n, useMessages } from '../../i18n/context';
import { useSettings } from '../../services/settings-context';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { errorMessageKey } from '../../ui/error-message';
import { BarChart } from './components/BarChart';
import { loadSessions, loadThemes } from './data';
import { focusingMessages } from './messages';
import './focusing.css';

/** The most handles listed. */
const HANDLE_LIMIT = 15;

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

/** The insight into `ownerId`'s sessions (its sections use h2 headings). */
export function FocusingInsight(props: { ownerId: string }) {
  const t = useMessages(focusingMessages);
  const { t: tApp, language } = useI18n();
  const owner = props.ownerId;
  const data = useLiveQuery(
    async () => ({ sessions: await loadSessions(owner), themes: await loadThemes(owner) }),
    [owner],
  );
  const [period, setPeriod] = useState<'week' | 'month'>('week');
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const day = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short' });
  const month = new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric' });
  const rate = (value: number | null) =>
    value === null ? t('focusing.insight.noData') : percent.format(value);

  if (data.status === 'loading') return null;
  if (data.status === 'error') return <p role="alert">{tApp(errorMessageKey[data.error.kind])}</p>;

  const { sessions, themes } = data.value;
  const overall = summarize(sessions);
  const periods = byPeriod(sessions, period);
  const periodLabel = (start: string) => {
    const date = new Date(`${start}T00:00:00`);
    return period === 'week'
      ? t('focusing.insight.weekOf', { date: day.format(date) })
      : month.format(date);
  };
  const perTheme = byTheme(sessions);
  const themeTitle = (id: string | undefined) =>
    id === undefined
      ? t('focusing.insight.noTheme')
      : (themes.find((theme) => theme.id === id)?.title ?? t('focusing.links.gone'));
  const handles = handlesUsed(sessions).slice(0, HANDLE_LIMIT);
  const locations = bodyLocationCounts(sessions);
  const locationName = (id: string) => (isBodyLocation(id) ? t(bodyLocationKey[id]) : id);
  const share = (summary: InsightSummary) =>
    `${rate(summary.rightShare)} (${t('focusing.insight.ofNoted', { count: summary.endedRight, noted: summary.distanceNoted })})`;
  const shift = (summary: InsightSummary) =>
    `${rate(summary.shiftRate)} (${t('focusing.insight.ofNoted', { count: summary.shifts, noted: summary.shiftNoted })})`;

  return (
    <div class="insight">
      {overall.sessions === 0 ? (
        <p>{t('focusing.insight.empty')}</p>
      ) : (
        <>
          <dl class="details insight-totals">
            <div class="detail-item">
              <dt>{t('focusing.insight.sessions')}</dt>
              <dd>{overall.sessions}</dd>
            </div>
            <div class="detail-item">
              <dt>{t('focusing.insight.right')}</dt>
              <dd>{share(overall)}</dd>
            </div>
            <div class="detail-item">
              <dt>{t('focusing.insight.shift')}</dt>
              <dd>{shift(overall)}</dd>
            </div>
          </dl>

          <section aria-labelledby="over-time">
            <h2 id="over-time">{t('focusing.insight.overTime')}</h2>
            <ChoiceGroup
              legend={t('focusing.insight.per')}
              name="period"
              value={period}
              options={[
                { value: 'week', label: t('focusing.insight.week') },
                { value: 'month', label: t('focusing.insight.month') },
              ]}
              onChange={setPeriod}
            />
            <h3>{t('focusing.insight.right')}</h3>
            <BarChart
              label={t('focusing.insight.chartRight')}
              max={1}
              bars={periods.map((item) => ({
                label: periodLabel(item.start),
                value: item.summary.rightShare,
              }))}
            />
            <h3>{t('focusing.insight.shift')}</h3>
            <BarChart
              label={t('focusing.insight.chartShift')}
              max={1}
              bars={periods.map((item) => ({
                label: periodLabel(item.start),
                value: item.summary.shiftRate,
              }))}
            />
            <div class="table-wrap">
              <table>
                <caption>{t('focusing.insight.tableTime')}</caption>
                <thead>
                  <tr>
                    <th scope="col">
                      {period === 'week' ? t('focusing.insight.week') : t('focusing.insight.month')}
                    </th>
                    <th scope="col">{t('focusing.insight.sessions')}</th>
                    <th scope="col">{t('focusing.insight.right')}</th>
                    <th scope="col">{t('focusing.insight.shift')}</th>
                  </tr>
                </thead>
                <tbody>
                  {periods.map((item) => (
                    <tr key={item.start}>
                      <th scope="row">{periodLabel(item.start)}</th>
                      <td>{item.summary.sessions}</td>
                      <td>{rate(item.summary.rightShare)}</td>
                      <td>{rate(item.summary.shiftRate)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section aria-labelledby="per-theme">
            <h2 id="per-theme">{t('focusing.insight.perTheme')}</h2>
            <div class="table-wrap">
              <table>
                <caption class="visually-hidden">{t('focusing.insight.perTheme')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('focusing.links.theme')}</th>
                    <th scope="col">{t('focusing.insight.sessions')}</th>
                    <th scope="col">{t('focusing.insight.right')}</th>
                    <th scope="col">{t('focusing.insight.shift')}</th>
                  </tr>
                </thead>
                <tbody>
                  {perTheme.map((item) => (
                    <tr key={item.themeId ?? 'none'}>
                      <th scope="row">{themeTitle(item.themeId)}</th>
                      <td>{item.summary.sessions}</td>
                      <td>{share(item.summary)}</td>
                      <td>{shift(item.summary)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
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
              <>
                <BarChart
                  label={t('focusing.insight.chartLocations')}
                  max={Math.max(...locations.map((item) => item.count))}
                  bars={locations.map((item) => ({
                    label: locationName(item.location),
                    value: item.count,
                  }))}
                />
                <div class="table-wrap">
                  <table>
                    <caption class="visually-hidden">{t('focusing.insight.locations')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('focusing.body.title')}</th>
                        <th scope="col">{t('focusing.insight.sessions')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {locations.map((item) => (
                        <tr key={item.location}>
                          <th scope="row">{locationName(item.location)}</th>
                          <td>{item.count}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}

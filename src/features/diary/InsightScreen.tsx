// /diary/insight: feeling intensity and theme strength over time per theme (chart and table),
// and how many entries fall in each area of life and each phase.
import { useMemo } from 'preact/hooks';
import { useLiveQuery } from '../../db/live';
import { NO_THEME } from '../../domain/diary/filters';
import { diaryInsight, type ThemeSeries } from '../../domain/diary/insight';
import { useI18n, useMessages } from '../../i18n/context';
import { pluralForm } from '../../i18n/translate';
import { useSettings } from '../../services/settings-context';
import { errorMessageKey } from '../../ui/error-message';
import { CountsTable } from './CountsTable';
import { useDiaryIndex } from './diary-index';
import { linkableThemes } from './diary-queries';
import { areaLabel, phaseLabel } from './labels';
import { diaryMessages } from './messages';
import { ThemeChart } from './ThemeChart';
import './diary.css';

/** The insight screen. */
export default function InsightScreen() {
  const t = useMessages(diaryMessages);
  const owner = useSettings().settings.profileId ?? '';
  return (
    <section aria-labelledby="diary-insight-title" class="diary-insight">
      <p>
        <a href="/diary">{t('diary.back')}</a>
      </p>
      <h1 id="diary-insight-title">{t('diary.insight.title')}</h1>
      <DiaryInsight ownerId={owner} />
    </section>
  );
}

/** The total's message per plural form ("1 diary form", "2 diary forms"). */
const totalKey = { one: 'diary.insight.total.one', other: 'diary.insight.total' } as const;

/** Feeling and theme strength per theme, and counts per area and phase, of `ownerId`. */
export function DiaryInsight(props: { ownerId: string }) {
  const t = useMessages(diaryMessages);
  const { t: tApp, language } = useI18n();
  const owner = props.ownerId;
  const index = useDiaryIndex(owner);
  const themes = useLiveQuery(() => linkableThemes(owner), [owner]);
  const insight = useMemo(
    () =>
      index.status === 'ready' ? diaryInsight(index.value.map((item) => item.entry)) : undefined,
    [index],
  );
  const titles = new Map(
    (themes.status === 'ready' ? themes.value : []).map((theme) => [theme.id, theme.title]),
  );
  const titleOf = (themeId: string) =>
    themeId === NO_THEME
      ? t('diary.insight.noTheme')
      : (titles.get(themeId) ?? t('diary.insight.unknownTheme'));

  return (
    <div class="diary-insight">
      {index.status === 'loading' && <p>{t('diary.loading')}</p>}
      {index.status === 'error' && <p role="alert">{tApp(errorMessageKey[index.error.kind])}</p>}
      {insight && (
        <>
          <p>{t(totalKey[pluralForm(language, insight.total)], { count: insight.total })}</p>
          <h2>{t('diary.insight.perTheme')}</h2>
          {insight.series.length === 0 && <p>{t('diary.insight.empty')}</p>}
          {insight.series.length > 0 && (
            <p class="diary-legend" aria-hidden="true">
              <span class="diary-legend-feeling">{t('diary.insight.feeling')}</span>
              <span class="diary-legend-strength">{t('diary.insight.strength')}</span>
            </p>
          )}
          {insight.series.map((series) => (
            <SeriesView key={series.themeId} series={series} title={titleOf(series.themeId)} />
          ))}
          <div class="diary-counts">
            <CountsTable
              title={t('diary.insight.byArea')}
              rows={(['home', 'work', 'other', 'unset'] as const).map((area) => ({
                label: t(areaLabel[area]),
                count: insight.byArea[area],
              }))}
              total={insight.total}
            />
            <CountsTable
              title={t('diary.insight.byPhase')}
              rows={(['attending', 'creating', 'anchoring', 'unset'] as const).map((phase) => ({
                label: t(phaseLabel[phase]),
                count: insight.byPhase[phase],
              }))}
              total={insight.total}
            />
          </div>
        </>
      )}
    </div>
  );
}

function SeriesView(props: { series: ThemeSeries; title: string }) {
  const t = useMessages(diaryMessages);
  const { language } = useI18n();
  const format = useMemo(
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }),
    [language],
  );
  const dayLabel = (day: string) => {
    const [year, month, date] = day.split('-').map(Number);
    return format.format(new Date(year ?? 0, (month ?? 1) - 1, date ?? 1));
  };
  const numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const value = (number: number | undefined) =>
    number === undefined ? t('diary.insight.none') : numbers.format(number);
  const { points } = props.series;
  return (
    <section class="diary-series" aria-label={props.title}>
      <h3>{props.title}</h3>
      <ThemeChart
        points={points}
        label={t('diary.insight.chartLabel', { theme: props.title })}
        firstDay={dayLabel(points[0]?.day ?? '')}
        lastDay={dayLabel(points.at(-1)?.day ?? '')}
      />
      <details>
        <summary>{t('diary.insight.table', { theme: props.title })}</summary>
        <div class="diary-table-wrap">
          <table>
            <caption>{t('diary.insight.table', { theme: props.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('diary.insight.date')}</th>
                <th scope="col">{t('diary.insight.feeling')}</th>
                <th scope="col">{t('diary.insight.strength')}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.day}>
                  <th scope="row">{dayLabel(point.day)}</th>
                  <td>{value(point.feelingIntensity)}</td>
                  <td>{value(point.themeStrength)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

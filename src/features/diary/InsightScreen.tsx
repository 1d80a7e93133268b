// /diary/insight: feeling intensity and theme strength over time per theme (chart and table),
// and how many entries fall in each area of life and each phase.
import { useMemo } from 'preact/hooks';
import { useLiveQuery } from '../../db/live';
import { formatDay, parseDayKey } from '../../domain/dates';
import { NO_THEME } from '../../domain/diary/filters';
import { diaryInsight, type ThemeSeries } from '../../domain/diary/insight';
import { useI18n, useMessages } from '../../i18n/context';
import { pluralForm } from '../../i18n/translate';
import { useSettings } from '../../services/settings-context';
import { AbbrHeader } from '../../ui/chart/AbbrHeader';
import { ChartFigure } from '../../ui/chart/ChartFigure';
import { Legend } from '../../ui/chart/Legend';
import { LiveGate } from '../../ui/LiveGate';
import { CountsTable } from './CountsTable';
import { DamagedNotice } from './DamagedNotice';
import { damagedInDiaryIndex, useDiaryIndex } from './diary-index';
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
  const { language } = useI18n();
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
      <LiveGate result={index} loading={t('diary.loading')}>
        {() =>
          insight && (
            <>
              <p>{t(totalKey[pluralForm(language, insight.total)], { count: insight.total })}</p>
              <DamagedNotice count={damagedInDiaryIndex(owner)} />
              <h2>{t('diary.insight.perTheme')}</h2>
              {insight.series.length === 0 && <p>{t('diary.insight.empty')}</p>}
              {insight.series.map((series, index) => (
                <SeriesView
                  key={series.themeId}
                  id={`diary-series-${index}`}
                  series={series}
                  title={titleOf(series.themeId)}
                />
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
          )
        }
      </LiveGate>
    </div>
  );
}

/** One theme's figure: chart with legend and axes, and its numbers as a table. */
function SeriesView(props: { id: string; series: ThemeSeries; title: string }) {
  const t = useMessages(diaryMessages);
  const { language, locale } = useI18n();
  const dayLabel = (day: string) => {
    const key = parseDayKey(day);
    return key ? formatDay(key, locale) : day;
  };
  const numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const value = (number: number | undefined) =>
    number === undefined ? t('diary.insight.none') : numbers.format(number);
  const { points } = props.series;
  const tableTitle = t('diary.insight.table', { theme: props.title });
  return (
    <section class="diary-series" aria-labelledby={`${props.id}-heading`}>
      <h3 id={`${props.id}-heading`}>{props.title}</h3>
      <ChartFigure
        id={props.id}
        title={t('diary.insight.chartTitle')}
        description={t('diary.insight.chartLabel', { theme: props.title })}
        legend={
          <Legend
            items={[
              {
                label: t('diary.insight.feeling'),
                mark: 'diary-chart-feeling-dot',
                line: 'diary-chart-feeling',
                shape: 'circle',
              },
              {
                // The line's class draws it dashed, as in the chart.
                label: t('diary.insight.strength'),
                mark: 'diary-chart-strength-dot',
                line: 'diary-chart-strength',
                shape: 'square',
              },
            ]}
          />
        }
        chart={
          <ThemeChart
            id={props.id}
            title={t('diary.insight.chartTitle')}
            points={points}
            language={language}
            locale={locale}
            unit={t('diary.insight.unit')}
          />
        }
        tableLabel={tableTitle}
        table={
          <div class="chart-table-wrap">
            <table>
              <caption>{tableTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('diary.insight.date')}</th>
                  <AbbrHeader
                    short={t('diary.insight.feeling.short')}
                    full={t('diary.insight.feeling')}
                  />
                  <AbbrHeader
                    short={t('diary.insight.strength.short')}
                    full={t('diary.insight.strength')}
                  />
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
        }
      />
    </section>
  );
}

// One valuation's affect profile (its rating of every term) beside the general and the ideal
// feeling, as three series on the 0–5 scale: the shapes GEN and IDEAL each sum up as one r.
import { useMemo } from 'preact/hooks';
import type { AffectRatings, InvestigationRecord } from '../../../domain/records';
import { RATING_MAX } from '../../../domain/zkm/profile';
import { type ProfileRow, profileRows } from '../../../domain/zkm/profile-rows';
import { useMessages } from '../../../i18n/context';
import { CategoryAxis, NumberAxis } from '../../../ui/chart/axes';
import { ChartFigure, ChartSvg } from '../../../ui/chart/ChartFigure';
import { Legend, type LegendItem } from '../../../ui/chart/Legend';
import { chartMessages } from '../chart-messages';
import { useZkmFormat } from '../use-zkm-format';
import { RowCardTable } from './RowCardTable';
import './charts.css';

const WIDTH = 320;
const LABEL = 112;
const LEFT = 124;
const RIGHT = 306;
const TOP = 40;
const ROW = 30;
const UNIT = (RIGHT - LEFT) / RATING_MAX;
const TICKS = [0, 1, 2, 3, 4, 5] as const;

type Series = 'value' | 'general' | 'ideal';
// Each series has its own lane in a row, so equal ratings never hide one another.
const SERIES: readonly { key: Series; mark: string; line: string; lane: number }[] = [
  { key: 'general', mark: 'zkm-mark-general', line: 'zkm-line-dashed', lane: 7 },
  { key: 'value', mark: 'zkm-mark-this', line: 'zkm-line-solid', lane: 15 },
  { key: 'ideal', mark: 'zkm-mark-ideal', line: 'zkm-line-dotted', lane: 23 },
];

const x = (rating: number) => LEFT + rating * UNIT;

function marker(series: Series, mark: string, cx: number, cy: number) {
  if (series === 'value') return <circle class={mark} cx={cx} cy={cy} r={4.5} />;
  if (series === 'general') return <rect class={mark} x={cx - 4} y={cy - 4} width={8} height={8} />;
  return (
    <path
      class={mark}
      d={`M${cx} ${cy - 5} L${cx + 5} ${cy} L${cx} ${cy + 5} L${cx - 5} ${cy} Z`}
    />
  );
}

// The line through a series, broken where a term is not rated.
function linePath(rows: readonly ProfileRow[], series: Series, lane: number): string {
  let path = '';
  let pen = false;
  rows.forEach((row, i) => {
    const value = row[series];
    if (value === null) {
      pen = false;
      return;
    }
    path += `${pen ? 'L' : 'M'}${x(value)} ${TOP + i * ROW + lane} `;
    pen = true;
  });
  return path.trim();
}

/** The profile of one valuation beside the investigation's general and ideal feeling. */
export function ProfileChart(props: {
  investigation: InvestigationRecord;
  ratings: AffectRatings;
  /** The valuation's number in the investigation (1-based), for the title. */
  number: number;
  idPrefix?: string;
}) {
  const f = useZkmFormat();
  const t = useMessages(chartMessages);
  const { affectList: list, generalFeeling, idealFeeling } = props.investigation;
  const rows = useMemo(
    () => profileRows(list, props.ratings, generalFeeling, idealFeeling),
    [list, props.ratings, generalFeeling, idealFeeling],
  );
  const id = `${props.idPrefix ?? 'zkm'}-profile`;
  const title = t('zkm.profiles.chartTitle', { number: props.number });
  const bottom = TOP + rows.length * ROW;
  const height = bottom + 48;
  const label = {
    value: t('zkm.profiles.this'),
    general: f.t('zkm.generalFeeling'),
    ideal: f.t('zkm.idealFeeling'),
  };
  const legend: LegendItem[] = [
    { mark: 'zkm-mark-this', shape: 'circle', line: 'zkm-line-solid', label: t('zkm.legend.this') },
    {
      mark: 'zkm-mark-general',
      shape: 'square',
      line: 'zkm-line-dashed',
      label: t('zkm.legend.general'),
    },
    {
      mark: 'zkm-mark-ideal',
      shape: 'diamond',
      line: 'zkm-line-dotted',
      label: t('zkm.legend.ideal'),
    },
  ];
  const cell = (value: number | null) => (value === null ? f.t('zkm.notRated') : f.n(value));
  return (
    <ChartFigure
      id={id}
      title={title}
      description={t('zkm.profiles.desc')}
      chart={
        <>
          <ChartSvg id={id} title={title} width={WIDTH} height={height}>
            <NumberAxis
              orientation="x"
              class="zkm-axes"
              textClass="zkm-chart-text"
              ticks={TICKS}
              scale={x}
              at={bottom}
              grid={[TOP - 4, bottom]}
              labelsAt={[TOP - 12, bottom + 16]}
              format={f.n}
              title={{ text: t('zkm.profiles.axisScale'), x: WIDTH / 2, y: bottom + 38 }}
            />
            <CategoryAxis
              x={LABEL - 6}
              textClass="zkm-chart-text"
              title={{
                text: t('zkm.profiles.axisTerms'),
                x: LABEL - 6,
                y: TOP - 12,
                anchor: 'end',
                class: 'zkm-chart-text zkm-chart-title',
              }}
              labels={rows.map((row, i) => ({
                key: row.term.id,
                text: f.term(row.term),
                y: TOP + i * ROW + 19,
              }))}
            />
            {SERIES.map((s) => (
              <path
                key={s.key}
                class={`zkm-line ${s.mark} ${s.line}`}
                d={linePath(rows, s.key, s.lane)}
              />
            ))}
            {rows.map((row, i) => {
              const y = TOP + i * ROW;
              return (
                <g key={row.term.id}>
                  {SERIES.map((s) => {
                    const value = row[s.key];
                    return value === null ? null : (
                      <g key={s.key}>{marker(s.key, s.mark, x(value), y + s.lane)}</g>
                    );
                  })}
                </g>
              );
            })}
          </ChartSvg>
          <Legend title={t('zkm.legend.title')} items={legend} />
        </>
      }
      table={
        <RowCardTable
          caption={title}
          columns={{
            head: f.t('zkm.col.term'),
            cells: [label.value, label.general, label.ideal],
          }}
          rows={rows.map((row) => ({
            key: row.term.id,
            head: f.term(row.term),
            cells: [
              { text: cell(row.value) },
              { text: cell(row.general) },
              { text: cell(row.ideal) },
            ],
          }))}
        />
      }
    />
  );
}

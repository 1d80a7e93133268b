// A labelled scatter of the valuations: S against O (motives) or P against N (well-being).
// Each point carries the valuation's number; points on the same spot share one label.
import type { InvestigationSummary } from '../../../domain/zkm/summary';
import { useMessages } from '../../../i18n/context';
import { NumberAxis } from '../../../ui/chart/axes';
import { ChartFigure, ChartSvg } from '../../../ui/chart/ChartFigure';
import { Legend } from '../../../ui/chart/Legend';
import { chartMessages } from '../chart-messages';
import { useZkmFormat } from '../use-zkm-format';
import { RowCardTable } from './RowCardTable';
import './charts.css';

const SIZE = 320;
const MARGIN = 40;
const PLOT = SIZE - MARGIN - 12;

/** Scatter of the complete valuations on two indices (read-only). */
export function ScatterChart(props: {
  summary: InvestigationSummary;
  axes: 'SO' | 'PN';
  /** Starts the element ids, so several investigations can share a page; 'zkm' by default. */
  idPrefix?: string;
}) {
  const f = useZkmFormat();
  const c = useMessages(chartMessages);
  const [xKey, yKey] = props.axes === 'SO' ? (['S', 'O'] as const) : (['P', 'N'] as const);
  const xMax = props.summary.indexMaxima[xKey] || 1;
  const yMax = props.summary.indexMaxima[yKey] || 1;
  const id = `${props.idPrefix ?? 'zkm'}-scatter-${props.axes}`;
  const numbered = props.summary.valuations.map((row, i) => ({ row, number: i + 1 }));
  const points = new Map<string, { x: number; y: number; numbers: number[] }>();
  for (const { row, number } of numbered) {
    if (!row.complete) continue;
    const x = row.indices[xKey];
    const y = row.indices[yKey];
    const key = `${x},${y}`;
    const point = points.get(key) ?? { x, y, numbers: [] };
    point.numbers.push(number);
    points.set(key, point);
  }
  const px = (x: number) => MARGIN + (x / xMax) * PLOT;
  const py = (y: number) => SIZE - MARGIN - (y / yMax) * PLOT;
  const title = f.t('zkm.scatter.title', { x: f.index(xKey), y: f.index(yKey) });
  return (
    <ChartFigure
      id={id}
      title={title}
      description={f.t('zkm.scatter.desc', { x: f.index(xKey), y: f.index(yKey) })}
      chart={
        <>
          <ChartSvg id={id} title={title} width={SIZE} height={SIZE}>
            {/* 0 at the origin; each axis titled with its index and maximum at its far end. */}
            <NumberAxis
              orientation="x"
              class="zkm-axes"
              textClass="zkm-chart-text"
              ticks={[0]}
              scale={px}
              at={SIZE - MARGIN}
              line={[MARGIN, SIZE - 12]}
              labelsAt={[SIZE - MARGIN + 16]}
              format={f.n}
              title={{
                text: `${f.index(xKey)} (${f.n(xMax)})`,
                x: SIZE - 12,
                y: SIZE - 12,
                anchor: 'end',
              }}
            />
            <NumberAxis
              orientation="y"
              class="zkm-axes"
              textClass="zkm-chart-text"
              ticks={[]}
              scale={py}
              at={MARGIN}
              line={[SIZE - MARGIN, 12]}
              format={f.n}
              title={{ text: `${f.index(yKey)} (${f.n(yMax)})`, x: 4, y: 20, anchor: 'start' }}
            />
            {/* The diagonal: where both indices are equal. */}
            <line class="zkm-guide" x1={px(0)} y1={py(0)} x2={px(xMax)} y2={py(yMax)} />
            {[...points.values()].map((point) => (
              <g key={`${point.x},${point.y}`}>
                <circle class="zkm-point" cx={px(point.x)} cy={py(point.y)} r={5} />
                <text
                  class="zkm-point-label zkm-chart-text"
                  x={px(point.x) + 7}
                  y={py(point.y) - 6}
                >
                  {point.numbers.join(', ')}
                </text>
              </g>
            ))}
          </ChartSvg>
          <Legend
            title={c('zkm.legend.title')}
            items={[
              { mark: 'zkm-point', shape: 'circle', label: c('zkm.legend.point') },
              { mark: 'zkm-guide', shape: 'dash', label: c('zkm.legend.diagonal') },
            ]}
          />
        </>
      }
      table={
        <RowCardTable
          caption={title}
          columns={{
            lead: f.t('zkm.col.number'),
            head: f.t('zkm.col.valuation'),
            cells: [f.index(xKey), f.index(yKey)],
          }}
          rows={numbered.map(({ row, number }) => ({
            key: row.id,
            lead: f.n(number),
            head: row.text,
            cells: row.complete
              ? [{ text: f.n(row.indices[xKey]) }, { text: f.n(row.indices[yKey]) }]
              : [{ text: f.t('zkm.incomplete'), span: 2 }],
          }))}
        />
      }
    />
  );
}

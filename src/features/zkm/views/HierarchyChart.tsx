// The affect hierarchy: each term's total over the ordinary valuations, ranked, as bars.

import type { AffectIndex } from '../../../domain/records';
import { RATING_MAX } from '../../../domain/zkm/profile';
import type { InvestigationSummary } from '../../../domain/zkm/summary';
import { useMessages } from '../../../i18n/context';
import { CategoryAxis, NumberAxis } from '../../../ui/chart/axes';
import { ChartFigure, ChartSvg } from '../../../ui/chart/ChartFigure';
import { Legend } from '../../../ui/chart/Legend';
import { chartMessages } from '../chart-messages';
import { useZkmFormat } from '../use-zkm-format';
import { RowCardTable } from './RowCardTable';
import './charts.css';

// With the index column 320 units in all, like every chart here, so its 14-unit text stays at
// least 12 px on a 320 px screen (src/features/zkm/views/charts.css).
const WIDTH = 292;
const LABEL = 118;
// Tall enough for the 14-unit text.
const ROW = 24;

// Literal keys, so the catalog check sees each one.
const indexKey = {
  P: 'zkm.legend.indexP',
  N: 'zkm.legend.indexN',
  S: 'zkm.legend.indexS',
  O: 'zkm.legend.indexO',
} as const satisfies Record<AffectIndex, string>;
const INDEX_ORDER: readonly AffectIndex[] = ['P', 'N', 'S', 'O'];

/** Extra width for the column of index letters. */
const INDEX_COLUMN = 28;

/** The ranked term totals of an investigation (read-only). */
export function HierarchyChart(props: {
  summary: InvestigationSummary;
  /** Starts the element ids, so several investigations can share a page; 'zkm' by default. */
  idPrefix?: string;
  /** Adds a column with each term's index letter, so the chart does not need colour (default on). */
  showIndex?: boolean;
}) {
  const f = useZkmFormat();
  const c = useMessages(chartMessages);
  const showIndex = props.showIndex ?? true;
  const used = new Set(props.summary.hierarchy.map((row) => row.term.index));
  const rows = props.summary.hierarchy;
  const id = `${props.idPrefix ?? 'zkm'}-hierarchy`;
  const max = Math.max(1, props.summary.valuations.length * RATING_MAX);
  const scale = (WIDTH - LABEL - 40) / max;
  const x = (total: number) => LABEL + total * scale;
  const bottom = 4 + rows.length * ROW;
  const title = f.t('zkm.hierarchy.title');
  return (
    <ChartFigure
      id={id}
      title={title}
      description={f.t('zkm.hierarchy.desc', { max })}
      chart={
        <>
          <ChartSvg
            id={id}
            title={title}
            width={WIDTH + (showIndex ? INDEX_COLUMN : 0)}
            height={bottom + 44}
          >
            {/* The scale's ends only: a total between them is written at its bar. */}
            <NumberAxis
              orientation="x"
              class="zkm-axes"
              textClass="zkm-chart-text"
              ticks={[0, max]}
              scale={x}
              at={bottom}
              line={[LABEL, x(max)]}
              labelsAt={[bottom + 16]}
              format={f.n}
              title={{ text: c('zkm.axis.total', { max }), x: WIDTH / 2, y: bottom + 36 }}
            />
            <CategoryAxis
              x={LABEL - 6}
              textClass="zkm-chart-text"
              labels={rows.map((row, i) => ({
                key: row.term.id,
                text: f.term(row.term),
                y: 4 + i * ROW + 15,
              }))}
            />
            {rows.map((row, i) => {
              const y = 4 + i * ROW;
              return (
                <g key={row.term.id}>
                  <rect
                    class={`zkm-bar-index-${row.term.index}`}
                    x={LABEL}
                    y={y + 2}
                    width={row.total * scale}
                    height={ROW - 6}
                  />
                  <text class="zkm-chart-text" x={x(row.total) + 4} y={y + 16}>
                    {f.n(row.total)}
                  </text>
                  {showIndex && (
                    <text class="zkm-chart-text zkm-index-letter" x={WIDTH + 6} y={y + 16}>
                      {f.index(row.term.index)}
                    </text>
                  )}
                </g>
              );
            })}
          </ChartSvg>
          <Legend
            title={c('zkm.legend.title')}
            items={INDEX_ORDER.filter((index) => used.has(index)).map((index) => ({
              mark: `zkm-bar-index-${index}`,
              shape: 'bar' as const,
              label: c(indexKey[index], { letter: f.index(index) }),
            }))}
          />
        </>
      }
      table={
        <RowCardTable
          caption={title}
          columns={{
            lead: f.t('zkm.col.rank'),
            head: f.t('zkm.col.term'),
            cells: [f.t('zkm.col.index'), f.t('zkm.col.total'), f.t('zkm.col.unrated')],
          }}
          rows={rows.map((row) => ({
            key: row.term.id,
            lead: f.n(row.rank),
            head: f.term(row.term),
            cells: [
              { text: f.index(row.term.index) },
              { text: f.n(row.total) },
              { text: f.n(row.missingCount) },
            ],
          }))}
        />
      }
    />
  );
}

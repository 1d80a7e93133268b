// The affect hierarchy: each term's total over the ordinary valuations, ranked, as bars.

import { RATING_MAX } from '../../../domain/zkm/profile';
import type { InvestigationSummary } from '../../../domain/zkm/summary';
import { ChartFigure, ChartSvg } from '../../../ui/chart/ChartFigure';
import { useZkmFormat } from '../use-zkm-format';

const WIDTH = 320;
const LABEL = 118;
const ROW = 20;

/** Extra width for the column of index letters. */
const INDEX_COLUMN = 28;

/** The ranked term totals of an investigation (read-only). */
export function HierarchyChart(props: {
  summary: InvestigationSummary;
  /** Starts the element ids, so several investigations can share a page; 'zkm' by default. */
  idPrefix?: string;
  /** Adds a column with each term's index letter, so the chart does not need colour. */
  showIndex?: boolean;
}) {
  const f = useZkmFormat();
  const rows = props.summary.hierarchy;
  const id = `${props.idPrefix ?? 'zkm'}-hierarchy`;
  const max = Math.max(1, props.summary.valuations.length * RATING_MAX);
  const scale = (WIDTH - LABEL - 40) / max;
  const title = f.t('zkm.hierarchy.title');
  return (
    <ChartFigure
      id={id}
      title={title}
      description={f.t('zkm.hierarchy.desc', { max })}
      chart={
        <ChartSvg
          id={id}
          title={title}
          width={WIDTH + (props.showIndex ? INDEX_COLUMN : 0)}
          height={rows.length * ROW + 8}
        >
          {rows.map((row, i) => {
            const y = 4 + i * ROW;
            return (
              <g key={row.term.id}>
                <text class="zkm-axis-label" x={LABEL - 6} y={y + 12} text-anchor="end">
                  {f.term(row.term)}
                </text>
                <rect
                  class={`zkm-bar-index-${row.term.index}`}
                  x={LABEL}
                  y={y + 2}
                  width={row.total * scale}
                  height={ROW - 6}
                />
                <text class="zkm-axis-label" x={LABEL + row.total * scale + 4} y={y + 13}>
                  {f.n(row.total)}
                </text>
                {props.showIndex && (
                  <text class="zkm-axis-label zkm-index-letter" x={WIDTH + 6} y={y + 13}>
                    {f.index(row.term.index)}
                  </text>
                )}
              </g>
            );
          })}
        </ChartSvg>
      }
      table={
        <table class="zkm-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{f.t('zkm.col.rank')}</th>
              <th scope="col">{f.t('zkm.col.term')}</th>
              <th scope="col">{f.t('zkm.col.index')}</th>
              <th scope="col">{f.t('zkm.col.total')}</th>
              <th scope="col">{f.t('zkm.col.unrated')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.term.id}>
                <td>{f.n(row.rank)}</td>
                <th scope="row">{f.term(row.term)}</th>
                <td>{f.index(row.term.index)}</td>
                <td>{f.n(row.total)}</td>
                <td>{f.n(row.missingCount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

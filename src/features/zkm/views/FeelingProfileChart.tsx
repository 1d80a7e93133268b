// General feeling against ideal feeling, term by term, as paired horizontal bars.
import type { InvestigationRecord } from '../../../domain/records';
import { RATING_MAX } from '../../../domain/zkm/profile';
import { ChartFigure, ChartSvg } from '../../../ui/chart/ChartFigure';
import { useZkmFormat } from '../use-zkm-format';

const WIDTH = 320;
const LABEL = 118;
const ROW = 26;
const BAR = 10;

/** The general and ideal feeling profiles of an investigation (read-only). */
export function FeelingProfileChart(props: {
  investigation: InvestigationRecord;
  /** Starts the element ids, so several investigations can share a page; 'zkm' by default. */
  idPrefix?: string;
  /** Writes each rating at the end of its bar (for paper, where the table is not at hand). */
  showValues?: boolean;
}) {
  const f = useZkmFormat();
  const { affectList: list, generalFeeling, idealFeeling } = props.investigation;
  const id = `${props.idPrefix ?? 'zkm'}-feelings`;
  const height = list.terms.length * ROW + 44;
  const scale = (WIDTH - LABEL - 24) / RATING_MAX;
  const value = (ratings: Record<string, number>, termId: string) =>
    Object.hasOwn(ratings, termId) ? ratings[termId] : undefined;
  const title = f.t('zkm.feelings.title');
  // A rating at its bar's end; a dash where the term was not rated (so it never reads as 0).
  const valueLabel = (rating: number | undefined, y: number) =>
    props.showValues && (
      <text class="zkm-axis-label small" x={LABEL + (rating ?? 0) * scale + 3} y={y + BAR - 2}>
        {rating === undefined ? '–' : f.n(rating)}
      </text>
    );
  return (
    <ChartFigure
      id={id}
      title={title}
      description={f.t('zkm.feelings.desc')}
      chart={
        <ChartSvg id={id} title={title} width={WIDTH} height={height}>
          <rect class="zkm-bar-general" x={LABEL} y={4} width={12} height={10} />
          <text class="zkm-axis-label" x={LABEL + 16} y={13}>
            {f.t('zkm.generalFeeling')}
          </text>
          <rect class="zkm-bar-ideal" x={LABEL} y={20} width={12} height={10} />
          <text class="zkm-axis-label" x={LABEL + 16} y={29}>
            {f.t('zkm.idealFeeling')}
          </text>
          {list.terms.map((term, i) => {
            const y = 40 + i * ROW;
            const general = value(generalFeeling, term.id);
            const ideal = value(idealFeeling, term.id);
            return (
              <g key={term.id}>
                <text class="zkm-axis-label" x={LABEL - 6} y={y + BAR + 3} text-anchor="end">
                  {f.term(term)}
                </text>
                <rect
                  class="zkm-bar-general"
                  x={LABEL}
                  y={y}
                  width={(general ?? 0) * scale}
                  height={BAR}
                />
                <rect
                  class="zkm-bar-ideal"
                  x={LABEL}
                  y={y + BAR + 1}
                  width={(ideal ?? 0) * scale}
                  height={BAR}
                />
                {valueLabel(general, y)}
                {valueLabel(ideal, y + BAR + 1)}
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
              <th scope="col">{f.t('zkm.col.term')}</th>
              <th scope="col">{f.t('zkm.generalFeeling')}</th>
              <th scope="col">{f.t('zkm.idealFeeling')}</th>
            </tr>
          </thead>
          <tbody>
            {list.terms.map((term) => {
              const general = value(generalFeeling, term.id);
              const ideal = value(idealFeeling, term.id);
              return (
                <tr key={term.id}>
                  <th scope="row">{f.term(term)}</th>
                  <td>{general === undefined ? f.t('zkm.notRated') : f.n(general)}</td>
                  <td>{ideal === undefined ? f.t('zkm.notRated') : f.n(ideal)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      }
    />
  );
}

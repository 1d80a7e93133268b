// General feeling against ideal feeling, term by term, as paired horizontal bars.
import type { InvestigationRecord } from '../../../domain/records';
import { RATING_MAX } from '../../../domain/zkm/profile';
import { useMessages } from '../../../i18n/context';
import { CategoryAxis, NumberAxis } from '../../../ui/chart/axes';
import { ChartFigure, ChartSvg } from '../../../ui/chart/ChartFigure';
import { Legend } from '../../../ui/chart/Legend';
import { chartMessages } from '../chart-messages';
import { useZkmFormat } from '../use-zkm-format';
import { RowCardTable } from './RowCardTable';
import './charts.css';

const WIDTH = 320;
const LABEL = 118;
// Rows and bars tall enough for 13-unit text (at least 12 px on a 360 px phone).
const ROW = 34;
const BAR = 13;
const TOP = 6;
const TICKS = [0, 1, 2, 3, 4, 5] as const;

/** The general and ideal feeling profiles of an investigation (read-only). */
export function FeelingProfileChart(props: {
  investigation: InvestigationRecord;
  /** Starts the element ids, so several investigations can share a page; 'zkm' by default. */
  idPrefix?: string;
  /** Writes each rating at the end of its bar (for paper, where the table is not at hand). */
  showValues?: boolean;
}) {
  const f = useZkmFormat();
  const c = useMessages(chartMessages);
  const { affectList: list, generalFeeling, idealFeeling } = props.investigation;
  const id = `${props.idPrefix ?? 'zkm'}-feelings`;
  const bottom = TOP + list.terms.length * ROW;
  const height = bottom + 44;
  const scale = (WIDTH - LABEL - 24) / RATING_MAX;
  const x = (rating: number) => LABEL + rating * scale;
  const value = (ratings: Record<string, number>, termId: string) =>
    Object.hasOwn(ratings, termId) ? ratings[termId] : undefined;
  const title = f.t('zkm.feelings.title');
  // A rating at its bar's end; a dash where the term was not rated (so it never reads as 0).
  const valueLabel = (rating: number | undefined, y: number) =>
    props.showValues && (
      <text class="zkm-chart-text" x={x(rating ?? 0) + 3} y={y + BAR - 2}>
        {rating === undefined ? '–' : f.n(rating)}
      </text>
    );
  return (
    <ChartFigure
      id={id}
      title={title}
      description={f.t('zkm.feelings.desc')}
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
              line={[LABEL, x(RATING_MAX)]}
              labelsAt={[bottom + 16]}
              format={f.n}
              title={{ text: c('zkm.axis.rating'), x: WIDTH / 2, y: bottom + 36 }}
            />
            <CategoryAxis
              x={LABEL - 6}
              textClass="zkm-chart-text"
              labels={list.terms.map((term, i) => ({
                key: term.id,
                text: f.term(term),
                y: TOP + i * ROW + BAR + 5,
              }))}
            />
            {list.terms.map((term, i) => {
              const y = TOP + i * ROW;
              const general = value(generalFeeling, term.id);
              const ideal = value(idealFeeling, term.id);
              return (
                <g key={term.id}>
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
                    y={y + BAR + 2}
                    width={(ideal ?? 0) * scale}
                    height={BAR}
                  />
                  {valueLabel(general, y)}
                  {valueLabel(ideal, y + BAR + 2)}
                </g>
              );
            })}
          </ChartSvg>
          <Legend
            title={c('zkm.legend.title')}
            items={[
              { mark: 'zkm-bar-general', shape: 'bar', label: c('zkm.legend.general2') },
              { mark: 'zkm-bar-ideal', shape: 'bar', label: c('zkm.legend.ideal2') },
            ]}
          />
        </>
      }
      table={
        <RowCardTable
          caption={title}
          columns={{
            head: f.t('zkm.col.term'),
            cells: [f.t('zkm.generalFeeling'), f.t('zkm.idealFeeling')],
          }}
          rows={list.terms.map((term) => {
            const rated = (rating: number | undefined) =>
              rating === undefined ? f.t('zkm.notRated') : f.n(rating);
            return {
              key: term.id,
              head: f.term(term),
              cells: [
                { text: rated(value(generalFeeling, term.id)) },
                { text: rated(value(idealFeeling, term.id)) },
              ],
            };
          })}
        />
      }
    />
  );
}

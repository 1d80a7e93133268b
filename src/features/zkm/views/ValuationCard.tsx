// One valuation's card on the results: its words, its type in words, S, O, P and N as bars
// against their maximum (the value in text too), S−O and P−N, GEN and IDEAL with a plain
// reading; every figure and the type with its explanation one tap away. The general and the
// ideal feeling get the same card, without the correlation with themselves. Rendering only: the
// numbers come from the investigation's summary, computed once for all cards.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { AffectIndex } from '../../../domain/records';
import { CLOSE_R, correlationReading } from '../../../domain/zkm/correlation-reading';
import type { ProfileSummary } from '../../../domain/zkm/profile-summary';
import type { InvestigationSummary, ValuationSummary } from '../../../domain/zkm/summary';
import { isWeakMotive } from '../../../domain/zkm/type-reading';
import { valuationTypeKey } from '../../../domain/zkm/valuation-type';
import type { ZkmFormat } from '../use-zkm-format';
import { ExplainView } from './Explain';
import { MissingTerms } from './MissingTerms';
import { readingKey } from './reading-keys';
import {
  explainKey,
  genReadingKey,
  idealReadingKey,
  indexNameKey,
  typeWordsKey,
} from './result-keys';
import type { ResultsText } from './result-text';

const INDICES: readonly AffectIndex[] = ['S', 'O', 'P', 'N'];

/** A bar from 0 to `max` (hidden from screen readers: the value is in the text beside it). */
function Bar(props: { value: number; max: number; index: AffectIndex }) {
  const share = props.max > 0 ? Math.min(1, Math.max(0, props.value / props.max)) : 0;
  return (
    <span class="zkm-fig-bar" aria-hidden="true">
      <span class={`zkm-fig-fill zkm-fill-${props.index}`} style={{ width: `${share * 100}%` }} />
    </span>
  );
}

/** A bar from −max to max around a middle line, for S−O and P−N. */
function DivergingBar(props: { value: number; max: number }) {
  const half = props.max > 0 ? Math.min(1, Math.abs(props.value) / props.max) * 50 : 0;
  const left = props.value < 0 ? 50 - half : 50;
  return (
    <span class="zkm-fig-bar zkm-fig-diverging" aria-hidden="true">
      <span class="zkm-fig-fill" style={{ left: `${left}%`, width: `${half}%` }} />
    </span>
  );
}

/** The card of one valuation (an <li> of the cards list). */
export function ValuationCard(props: {
  row: ValuationSummary;
  number: number;
  summary: InvestigationSummary;
  f: ZkmFormat;
  rt: ResultsText;
}) {
  const { row, f, rt } = props;
  return (
    <ResultCard
      cardId={row.id}
      head={
        <>
          <span class="zkm-card-title">{rt('zkm.cards.number', { n: f.n(props.number) })}</span>
          <span class="zkm-badge">{f.timeFrame(row.timeFrame)}</span>
        </>
      }
      text={row.text}
      row={row}
      summary={props.summary}
      f={f}
      rt={rt}
    />
  );
}

/** The card of the general or the ideal feeling (an <li>): its own r is left out. */
export function FeelingCard(props: {
  which: 'general' | 'ideal';
  summary: InvestigationSummary;
  f: ZkmFormat;
  rt: ResultsText;
}) {
  const { which, summary, f, rt } = props;
  const general = which === 'general';
  return (
    <ResultCard
      cardId={`feeling-${which}`}
      head={
        <span class="zkm-card-title">
          {general ? f.t('zkm.generalFeeling') : f.t('zkm.idealFeeling')}
        </span>
      }
      row={general ? summary.generalFeeling : summary.idealFeeling}
      self={which}
      summary={summary}
      f={f}
      rt={rt}
    />
  );
}

/** A result card: a head, the words if any, the type and the figures of one profile. */
function ResultCard(props: {
  /** Unique on the page: starts the ids of the card's explanations. */
  cardId: string;
  head: ComponentChildren;
  text?: string;
  row: ProfileSummary;
  /** The general or the ideal feeling: leaves out GEN and IDEAL, which compare with them. */
  self?: 'general' | 'ideal';
  summary: InvestigationSummary;
  f: ZkmFormat;
  rt: ResultsText;
}) {
  const { row, f, rt, summary } = props;
  const hint = rt('zkm.explain.hint');
  // One open explanation at a time per card, kept here rather than in each figure.
  const [open, setOpen] = useState<string | null>(null);
  const toggle = (key: string) => ({
    open: open === key,
    id: `zkm-explain-${props.cardId}-${key}`,
    onToggle: () => setOpen(open === key ? null : key),
  });
  return (
    <li class="zkm-card zkm-result-card" data-result-card={props.self ? undefined : ''}>
      <p class="zkm-result-head">{props.head}</p>
      {props.text !== undefined && <p class="zkm-result-text">{props.text}</p>}
      {row.complete ? (
        <>
          <ExplainView
            {...toggle('type')}
            class="zkm-result-type"
            hint={hint}
            label={
              <>
                <strong>{f.type(row.type)}</strong>: {rt(typeWordsKey[valuationTypeKey(row.type)])}
              </>
            }
          >
            <p>{f.t(readingKey[valuationTypeKey(row.type)])}</p>
            {(row.type.motive === 'HH' || row.type.motive === 'LL') && (
              <p>{rt(explainKey[row.type.motive])}</p>
            )}
            <p>{rt('zkm.explain.type')}</p>
          </ExplainView>
          {isWeakMotive(row.indices, row.type, summary.list.thresholds) && (
            <p class="zkm-notice">{rt('zkm.cards.weak', { l: summary.list.thresholds.l })}</p>
          )}
          <div class="zkm-figs">
            {INDICES.map((index) => (
              <ExplainView
                key={index}
                {...toggle(index)}
                class="zkm-fig"
                hint={hint}
                label={
                  <>
                    <strong>{f.index(index)}</strong> {rt(indexNameKey[index])}
                  </>
                }
                after={
                  <>
                    <Bar
                      value={row.indices[index]}
                      max={summary.indexMaxima[index]}
                      index={index}
                    />
                    <span class="zkm-fig-value">
                      {rt('zkm.cards.ofMax', {
                        value: f.n(row.indices[index]),
                        max: f.n(summary.indexMaxima[index]),
                      })}
                    </span>
                  </>
                }
              >
                <p>{rt(explainKey[index])}</p>
              </ExplainView>
            ))}
            <ExplainView
              {...toggle('S-O')}
              class="zkm-fig"
              hint={hint}
              label={
                <>
                  <strong>{f.index('S-O')}</strong> {rt(indexNameKey['S-O'])}
                </>
              }
              after={
                <>
                  <DivergingBar
                    value={row.indices.sMinusO}
                    max={Math.max(summary.indexMaxima.S, summary.indexMaxima.O)}
                  />
                  <span class="zkm-fig-value">{f.n(row.indices.sMinusO)}</span>
                </>
              }
            >
              <p>{rt(explainKey['S-O'])}</p>
            </ExplainView>
            <ExplainView
              {...toggle('P-N')}
              class="zkm-fig"
              hint={hint}
              label={
                <>
                  <strong>{f.index('P-N')}</strong> {rt(indexNameKey['P-N'])}
                </>
              }
              after={
                <>
                  <DivergingBar
                    value={row.indices.pMinusN}
                    max={Math.max(summary.indexMaxima.P, summary.indexMaxima.N)}
                  />
                  <span class="zkm-fig-value">{f.n(row.indices.pMinusN)}</span>
                </>
              }
            >
              <p>{rt(explainKey['P-N'])}</p>
            </ExplainView>
            {!props.self && (
              <ExplainView
                {...toggle('GEN')}
                class="zkm-fig zkm-fig-r"
                hint={hint}
                label={<strong>{f.t('zkm.col.gen')}</strong>}
                after={
                  <span class="zkm-fig-value">
                    {f.r(row.gen)}{' '}
                    <span class="zkm-fig-reading">
                      {rt(genReadingKey[correlationReading(row.gen)])}
                    </span>
                  </span>
                }
              >
                <p>{rt(explainKey.GEN)}</p>
                <p>{rt('zkm.explain.bands', { close: f.r(CLOSE_R), far: f.r(-CLOSE_R) })}</p>
              </ExplainView>
            )}
            {props.self !== 'ideal' && (
              <ExplainView
                {...toggle('IDEAL')}
                class="zkm-fig zkm-fig-r"
                hint={hint}
                label={<strong>{f.t('zkm.col.ideal')}</strong>}
                after={
                  <span class="zkm-fig-value">
                    {f.r(row.ideal)}{' '}
                    <span class="zkm-fig-reading">
                      {rt(idealReadingKey[correlationReading(row.ideal)])}
                    </span>
                  </span>
                }
              >
                <p>
                  {props.self === 'general' ? rt('zkm.explain.generalIdeal') : rt(explainKey.IDEAL)}
                </p>
                <p>{rt('zkm.explain.bands', { close: f.r(CLOSE_R), far: f.r(-CLOSE_R) })}</p>
              </ExplainView>
            )}
          </div>
        </>
      ) : (
        <p class="zkm-notice">
          {rt('zkm.cards.incomplete')}{' '}
          <MissingTerms list={summary.list} missingTermIds={row.missingTermIds} f={f} />
        </p>
      )}
    </li>
  );
}

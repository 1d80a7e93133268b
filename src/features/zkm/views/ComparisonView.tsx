// A re-investigation beside the previous one: per valuation and for general and ideal
// feeling S, O, P, N, type, GEN and IDEAL then and now, and the shift in the spread of types.
import { useMemo } from 'preact/hooks';
import type { InvestigationRecord, ValuationRecord } from '../../../domain/records';
import { compareInvestigations, type ValuationComparisonRow } from '../../../domain/zkm/comparison';
import { indexMaxima } from '../../../domain/zkm/indices';
import { movement } from '../../../domain/zkm/movement';
import { continuedCorrelation } from '../../../domain/zkm/printout';
import type { ProfileSummary } from '../../../domain/zkm/profile-summary';
import { useMessages } from '../../../i18n/context';
import { Legend } from '../../../ui/chart/Legend';
import { chartMessages } from '../chart-messages';
import { useZkmFormat, type ZkmFormat } from '../use-zkm-format';
import './charts.css';
import { MovementView, movementLegend } from './MovementView';
import { typeFromKey } from './type-key';

const changeKey = {
  kept: 'zkm.change.kept',
  modified: 'zkm.change.modified',
  new: 'zkm.change.new',
  dropped: 'zkm.change.dropped',
  unmarked: 'zkm.change.unmarked',
} as const satisfies Record<ValuationComparisonRow['change'], string>;

type Measure = 'S' | 'O' | 'P' | 'N' | 'type' | 'gen' | 'ideal';
const MEASURES: readonly Measure[] = ['S', 'O', 'P', 'N', 'type', 'gen', 'ideal'];

function measureLabel(measure: Measure, f: ZkmFormat): string {
  if (measure === 'type') return f.t('zkm.col.type');
  if (measure === 'gen') return f.t('zkm.col.gen');
  if (measure === 'ideal') return f.t('zkm.col.ideal');
  return f.index(measure);
}

function measureValue(row: ProfileSummary | null, measure: Measure, f: ZkmFormat): string {
  if (row === null) return '—';
  if (!row.complete) return f.t('zkm.incomplete');
  if (measure === 'type') return f.type(row.type);
  if (measure === 'gen') return f.r(row.gen);
  if (measure === 'ideal') return f.r(row.ideal);
  return f.n(row.indices[measure]);
}

function ThenNow(props: {
  caption: string;
  before: ProfileSummary | null;
  after: ProfileSummary | null;
  f: ZkmFormat;
}) {
  const { f } = props;
  return (
    <table class="zkm-table zkm-then-now">
      <caption class="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <td />
          <th scope="col">{f.t('zkm.compare.then')}</th>
          <th scope="col">{f.t('zkm.compare.now')}</th>
        </tr>
      </thead>
      <tbody>
        {MEASURES.map((measure) => (
          <tr key={measure}>
            <th scope="row">{measureLabel(measure, f)}</th>
            <td>{measureValue(props.before, measure, f)}</td>
            <td>{measureValue(props.after, measure, f)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The comparison of `current` (a re-investigation) with `previous` (read-only). */
export function ComparisonView(props: {
  previous: { investigation: InvestigationRecord; valuations: readonly ValuationRecord[] };
  current: { investigation: InvestigationRecord; valuations: readonly ValuationRecord[] };
}) {
  const f = useZkmFormat();
  const c = useMessages(chartMessages);
  const comparison = useMemo(
    () => compareInvestigations(props.previous, props.current),
    [props.previous, props.current],
  );
  // One scale for every arrow: the largest index maximum of either list (20 on the 16-list),
  // so P − N and S − O run from −range to +range.
  const range = Math.max(
    ...Object.values(indexMaxima(props.previous.investigation.affectList)),
    ...Object.values(indexMaxima(props.current.investigation.affectList)),
  );
  const dropped = comparison.valuations.filter((row) => row.after === null);
  const added = comparison.valuations.filter((row) => row.change === 'new');
  const shiftRows = comparison.typeShift.byType.filter((row) => row.before > 0 || row.after > 0);
  const delta = new Intl.NumberFormat(f.language, { signDisplay: 'exceptZero' });
  const ratingsThen = new Map(props.previous.valuations.map((v) => [v.id, v.ratings]));
  const ratingsNow = new Map(props.current.valuations.map((v) => [v.id, v.ratings]));
  // r between a continued valuation's profile then and now (n/a across different lists).
  const thenNowR = (beforeId: string, afterId: string) => {
    const then = ratingsThen.get(beforeId);
    const now = ratingsNow.get(afterId);
    if (!then || !now) return null;
    return continuedCorrelation(
      { list: props.previous.investigation.affectList, ratings: then },
      { list: props.current.investigation.affectList, ratings: now },
    );
  };
  return (
    <div class="zkm-compare stack">
      {comparison.listChanged && <p class="zkm-notice">{f.t('zkm.compare.listChanged')}</p>}
      <section aria-labelledby="zkm-compare-move">
        <h2 id="zkm-compare-move">{c('zkm.move.title')}</h2>
        <p class="hint">{c('zkm.move.intro')}</p>
        <Legend title={c('zkm.legend.title')} items={movementLegend(c)} />
        <h3>{c('zkm.move.dropped')}</h3>
        {dropped.length === 0 ? (
          <p>{c('zkm.move.noneDropped')}</p>
        ) : (
          <ul class="zkm-move-dropped zkm-move-text">
            {dropped.map((row) => (
              <li key={row.before?.id}>
                {row.before?.text}
                {row.change === 'unmarked' && (
                  <span class="muted"> ({f.t(changeKey.unmarked)})</span>
                )}
              </li>
            ))}
          </ul>
        )}
        <h3>{c('zkm.move.new')}</h3>
        {added.length === 0 ? (
          <p>{c('zkm.move.noneNew')}</p>
        ) : (
          <ul class="zkm-move-new zkm-move-text">
            {added.map((row) => (
              <li key={row.after?.id}>{row.after?.text}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="zkm-compare-feelings">
        <h2 id="zkm-compare-feelings">{f.t('zkm.compare.feelings')}</h2>
        <div class="zkm-compare-grid">
          <div class="zkm-card">
            <h3>{f.t('zkm.generalFeeling')}</h3>
            <MovementView
              movement={movement(comparison.generalFeeling.before, comparison.generalFeeling.after)}
              range={range}
              f={f}
            />
            <ThenNow
              caption={f.t('zkm.generalFeeling')}
              before={comparison.generalFeeling.before}
              after={comparison.generalFeeling.after}
              f={f}
            />
          </div>
          <div class="zkm-card">
            <h3>{f.t('zkm.idealFeeling')}</h3>
            <MovementView
              movement={movement(comparison.idealFeeling.before, comparison.idealFeeling.after)}
              range={range}
              f={f}
            />
            <ThenNow
              caption={f.t('zkm.idealFeeling')}
              before={comparison.idealFeeling.before}
              after={comparison.idealFeeling.after}
              f={f}
            />
          </div>
        </div>
      </section>
      <section aria-labelledby="zkm-compare-spread">
        <h2 id="zkm-compare-spread">{f.t('zkm.compare.spread')}</h2>
        <table class="zkm-table">
          <caption class="visually-hidden">{f.t('zkm.compare.spread')}</caption>
          <thead>
            <tr>
              <th scope="col">{f.t('zkm.col.type')}</th>
              <th scope="col">{f.t('zkm.compare.then')}</th>
              <th scope="col">{f.t('zkm.compare.now')}</th>
              <th scope="col">{f.t('zkm.compare.delta')}</th>
            </tr>
          </thead>
          <tbody>
            {shiftRows.map((row) => {
              const type = typeFromKey(row.key);
              return (
                <tr key={row.key}>
                  <th scope="row">
                    {f.type(type)} <span class="muted">({f.typeName(type)})</span>
                  </th>
                  <td>{f.n(row.before)}</td>
                  <td>{f.n(row.after)}</td>
                  <td>{delta.format(row.delta)}</td>
                </tr>
              );
            })}
            {(comparison.typeShift.untyped.before > 0 ||
              comparison.typeShift.untyped.after > 0) && (
              <tr>
                <th scope="row">{f.t('zkm.spread.untyped')}</th>
                <td>{f.n(comparison.typeShift.untyped.before)}</td>
                <td>{f.n(comparison.typeShift.untyped.after)}</td>
                <td>{delta.format(comparison.typeShift.untyped.delta)}</td>
              </tr>
            )}
            <tr>
              <th scope="row">{f.t('zkm.compare.total')}</th>
              <td>{f.n(comparison.typeShift.total.before)}</td>
              <td>{f.n(comparison.typeShift.total.after)}</td>
              <td>{delta.format(comparison.typeShift.total.delta)}</td>
            </tr>
          </tbody>
        </table>
      </section>
      <section aria-labelledby="zkm-compare-valuations">
        <h2 id="zkm-compare-valuations">{f.t('zkm.compare.valuations')}</h2>
        <ol class="zkm-compare-list">
          {comparison.valuations.map((row) => {
            const key = `${row.before?.id ?? ''}-${row.after?.id ?? ''}`;
            const text = row.after?.text ?? row.before?.text ?? '';
            return (
              <li key={key} class="zkm-card">
                <p class="zkm-card-title">
                  <span class={`zkm-badge zkm-badge-${row.change}`}>
                    {f.t(changeKey[row.change])}
                  </span>{' '}
                  {text}
                </p>
                {row.change === 'modified' && row.before && (
                  <p class="muted">{f.t('zkm.compare.wasWorded', { text: row.before.text })}</p>
                )}
                {row.after !== null && row.change !== 'new' && (
                  <MovementView movement={movement(row.before, row.after)} range={range} f={f} />
                )}
                <ThenNow caption={text} before={row.before} after={row.after} f={f} />
                {row.before && row.after && (
                  <p>
                    {f.t('zkm.compare.thenNowR', { r: f.r(thenNowR(row.before.id, row.after.id)) })}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}

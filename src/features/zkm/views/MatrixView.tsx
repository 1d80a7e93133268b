// The matrix: valuations × affect terms with their ratings and indices, sortable by index,
// type or GEN. A table on wide screens; on a phone each valuation becomes a card.
import { useState } from 'preact/hooks';
import type { AffectRatings, ValuationRecord } from '../../../domain/records';
import {
  MATRIX_SORT_KEYS,
  type MatrixSortKey,
  sortValuationRows,
} from '../../../domain/zkm/matrix-sort';
import type { InvestigationSummary, ValuationSummary } from '../../../domain/zkm/summary';
import { useZkmFormat, type ZkmFormat } from '../use-zkm-format';
import { ScrollArea } from './ScrollArea';
import { textCellClass } from './text-cell';

const sortLabelKey = {
  order: 'zkm.sort.order',
  S: 'zkm.sort.index',
  O: 'zkm.sort.index',
  P: 'zkm.sort.index',
  N: 'zkm.sort.index',
  sMinusO: 'zkm.sort.index',
  pMinusN: 'zkm.sort.index',
  type: 'zkm.sort.type',
  gen: 'zkm.sort.gen',
} as const satisfies Record<MatrixSortKey, string>;

function sortLabel(key: MatrixSortKey, f: ZkmFormat): string {
  const index = key === 'sMinusO' ? f.index('S-O') : key === 'pMinusN' ? f.index('P-N') : undefined;
  if (key === 'S' || key === 'O' || key === 'P' || key === 'N')
    return f.t(sortLabelKey[key], { index: f.index(key) });
  if (index !== undefined) return f.t(sortLabelKey[key], { index });
  return f.t(sortLabelKey[key]);
}

function Rating(props: { ratings: AffectRatings; termId: string; f: ZkmFormat }) {
  const value = Object.hasOwn(props.ratings, props.termId)
    ? props.ratings[props.termId]
    : undefined;
  if (value === undefined)
    return (
      <>
        <span aria-hidden="true">–</span>
        <span class="visually-hidden">{props.f.t('zkm.notRated')}</span>
      </>
    );
  return <>{props.f.n(value)}</>;
}

function IndexSummary(props: { row: ValuationSummary; f: ZkmFormat }) {
  const { row, f } = props;
  if (!row.complete) return <span>{f.t('zkm.incomplete')}</span>;
  return (
    <span>
      {f.index('S')} {f.n(row.indices.S)} · {f.index('O')} {f.n(row.indices.O)} · {f.index('P')}{' '}
      {f.n(row.indices.P)} · {f.index('N')} {f.n(row.indices.N)} · {f.type(row.type)} ·{' '}
      {f.t('zkm.col.gen')} {f.r(row.gen)}
    </span>
  );
}

/** The valuation × term matrix of an investigation (read-only). */
export function MatrixView(props: {
  summary: InvestigationSummary;
  valuations: readonly ValuationRecord[];
}) {
  const f = useZkmFormat();
  const [sortKey, setSortKey] = useState<MatrixSortKey>('order');
  const rows = sortValuationRows(props.summary.valuations, sortKey);
  const ratingsOf = new Map(props.valuations.map((v) => [v.id, v.ratings]));
  const positionOf = new Map(props.summary.valuations.map((v, i) => [v.id, i + 1]));
  const terms = props.summary.list.terms;
  return (
    <div class="zkm-matrix">
      <div class="field">
        <label for="zkm-matrix-sort">{f.t('zkm.sort.label')}</label>
        <select
          id="zkm-matrix-sort"
          value={sortKey}
          onChange={(event) => setSortKey(event.currentTarget.value as MatrixSortKey)}
        >
          {MATRIX_SORT_KEYS.map((key) => (
            <option key={key} value={key}>
              {sortLabel(key, f)}
            </option>
          ))}
        </select>
      </div>
      <ScrollArea labelledBy="zkm-matrix-caption" class="zkm-matrix-wide">
        <table class="zkm-table">
          <caption id="zkm-matrix-caption">{f.t('zkm.matrix.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{f.t('zkm.col.number')}</th>
              <th scope="col">{f.t('zkm.col.valuation')}</th>
              {terms.map((term) => (
                <th scope="col" key={term.id} class="zkm-term-head">
                  {f.term(term)}
                </th>
              ))}
              <th scope="col">{f.index('S')}</th>
              <th scope="col">{f.index('O')}</th>
              <th scope="col">{f.index('P')}</th>
              <th scope="col">{f.index('N')}</th>
              <th scope="col">{f.t('zkm.col.type')}</th>
              <th scope="col">{f.t('zkm.col.gen')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const ratings = ratingsOf.get(row.id) ?? {};
              return (
                <tr key={row.id}>
                  <td>{f.n(positionOf.get(row.id) ?? 0)}</td>
                  <th scope="row" class={textCellClass(row.text)}>
                    {row.text}
                  </th>
                  {terms.map((term) => (
                    <td key={term.id}>
                      <Rating ratings={ratings} termId={term.id} f={f} />
                    </td>
                  ))}
                  {row.complete ? (
                    <>
                      <td>{f.n(row.indices.S)}</td>
                      <td>{f.n(row.indices.O)}</td>
                      <td>{f.n(row.indices.P)}</td>
                      <td>{f.n(row.indices.N)}</td>
                      <td>{f.type(row.type)}</td>
                      <td>{f.r(row.gen)}</td>
                    </>
                  ) : (
                    <td colSpan={6}>{f.t('zkm.incomplete')}</td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollArea>
      <ol class="zkm-matrix-cards" aria-label={f.t('zkm.matrix.caption')}>
        {rows.map((row) => {
          const ratings = ratingsOf.get(row.id) ?? {};
          return (
            <li key={row.id} class="zkm-card">
              <p class="zkm-card-title">
                {f.n(positionOf.get(row.id) ?? 0)}. {row.text}
              </p>
              <p class="zkm-card-indices">
                <IndexSummary row={row} f={f} />
              </p>
              <dl class="zkm-card-terms">
                {terms.map((term) => (
                  <div key={term.id}>
                    <dt>{f.term(term)}</dt>
                    <dd>
                      <Rating ratings={ratings} termId={term.id} f={f} />
                    </dd>
                  </div>
                ))}
              </dl>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

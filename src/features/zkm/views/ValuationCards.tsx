// The cards of an investigation's valuations, in the order the person picks: as listed,
// grouped by type, or by well-being. The choice lives in the component's state.
import { useMemo, useState } from 'preact/hooks';
import {
  orderResults,
  RESULT_ORDERS,
  type ResultGroup,
  type ResultOrder,
} from '../../../domain/zkm/result-order';
import type { InvestigationSummary } from '../../../domain/zkm/summary';
import { useZkmFormat } from '../use-zkm-format';
import { orderKey, typeWordsKey } from './result-keys';
import { useResultsText } from './result-text';
import { typeFromKey } from './type-key';
import { FeelingCard, ValuationCard } from './ValuationCard';

/** The groups with only the first `limit` cards, in order, each with its full size. */
function firstCards(
  groups: readonly ResultGroup[],
  limit: number,
): (ResultGroup & { size: number })[] {
  let left = limit;
  const kept: (ResultGroup & { size: number })[] = [];
  for (const group of groups) {
    if (left <= 0) break;
    kept.push({ key: group.key, rows: group.rows.slice(0, left), size: group.rows.length });
    left -= group.rows.length;
  }
  return kept;
}

/** One card per valuation with an order control (read-only); only the first `limit` drawn. */
export function ValuationCards(props: { summary: InvestigationSummary; limit: number }) {
  const f = useZkmFormat();
  const rt = useResultsText();
  const { summary } = props;
  const [order, setOrder] = useState<ResultOrder>('list');
  const numberOf = useMemo(
    () => new Map(summary.valuations.map((row, i) => [row.id, i + 1])),
    [summary],
  );
  const groups = useMemo(() => orderResults(summary.valuations, order), [summary, order]);
  // Each card's vnode made once per summary: as more cards are shown step by step, Preact skips
  // the cards it has drawn before (strict equality) instead of diffing them again.
  const cards = useMemo(
    () =>
      new Map(
        summary.valuations.map((row) => [
          row.id,
          <ValuationCard
            key={row.id}
            row={row}
            number={numberOf.get(row.id) ?? 0}
            summary={summary}
            f={f}
            rt={rt}
          />,
        ]),
      ),
    [summary, numberOf, f, rt],
  );
  if (summary.valuations.length === 0) return null;
  return (
    <section aria-labelledby="zkm-cards-title" class="zkm-cards">
      <h2 id="zkm-cards-title">{rt('zkm.cards.title')}</h2>
      <p class="hint">{rt('zkm.cards.hint')}</p>
      <div class="field">
        <label for="zkm-cards-order">{rt('zkm.cards.order')}</label>
        <select
          id="zkm-cards-order"
          value={order}
          onChange={(event) => setOrder(event.currentTarget.value as ResultOrder)}
        >
          {RESULT_ORDERS.map((value) => (
            <option key={value} value={value}>
              {rt(orderKey[value])}
            </option>
          ))}
        </select>
      </div>
      {firstCards(groups, props.limit).map((group) => {
        const list = <ul class="zkm-result-cards">{group.rows.map((row) => cards.get(row.id))}</ul>;
        if (group.key === null) return <div key="all">{list}</div>;
        const heading =
          group.key === 'incomplete'
            ? rt('zkm.cards.incompleteGroup')
            : `${f.type(typeFromKey(group.key))}: ${rt(typeWordsKey[group.key])}`;
        return (
          <section key={group.key} aria-label={heading} class="zkm-result-group">
            <h3>
              {heading} ({f.n(group.size)})
            </h3>
            {list}
          </section>
        );
      })}
      {props.limit >= summary.valuations.length && (
        <section aria-labelledby="zkm-feelings-title" class="zkm-result-group">
          <h3 id="zkm-feelings-title">{rt('zkm.cards.feelings')}</h3>
          <p class="hint">{rt('zkm.cards.feelingsHint')}</p>
          <ul class="zkm-result-cards">
            <FeelingCard which="general" summary={summary} f={f} rt={rt} />
            <FeelingCard which="ideal" summary={summary} f={f} rt={rt} />
          </ul>
        </section>
      )}
    </section>
  );
}

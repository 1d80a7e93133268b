// The readings of the types this investigation has, offered as hypotheses, and the valuations
// whose type should be read with care because their leading motive is itself low.
import type { InvestigationSummary } from '../../../domain/zkm/summary';
import { isWeakMotive } from '../../../domain/zkm/type-reading';
import {
  VALUATION_TYPE_KEYS,
  type ValuationTypeKey,
  valuationTypeKey,
} from '../../../domain/zkm/valuation-type';
import { useZkmFormat } from '../use-zkm-format';
import { readingKey } from './reading-keys';

/** Readings of the types present, and the weak-motive valuations (read-only). */
export function TypeReadings(props: { summary: InvestigationSummary }) {
  const f = useZkmFormat();
  const { summary } = props;
  const present = new Map<ValuationTypeKey, (typeof summary.valuations)[number]['type']>();
  const weak: { id: string; text: string }[] = [];
  for (const row of summary.valuations) {
    if (!row.complete) continue;
    present.set(valuationTypeKey(row.type), row.type);
    if (isWeakMotive(row.indices, row.type, summary.list.thresholds))
      weak.push({ id: row.id, text: row.text });
  }
  const keys = VALUATION_TYPE_KEYS.filter((key) => present.has(key));
  if (keys.length === 0) return null;
  return (
    <section aria-labelledby="zkm-readings-title">
      <h3 id="zkm-readings-title">{f.t('zkm.reading.title')}</h3>
      <p class="hint">{f.t('zkm.reading.hint')}</p>
      <dl class="zkm-readings">
        {keys.map((key) => {
          const type = present.get(key);
          return (
            <div key={key}>
              <dt>{type ? `${f.type(type)} (${f.typeName(type)})` : key}</dt>
              <dd>{f.t(readingKey[key])}</dd>
            </div>
          );
        })}
      </dl>
      {weak.length > 0 && (
        <div class="zkm-notice">
          <p>
            <strong>{f.t('zkm.reading.weak')}</strong>
          </p>
          <p>{f.t('zkm.reading.weakHint', { l: summary.list.thresholds.l })}</p>
          <ul>
            {weak.map((row) => (
              <li key={row.id}>{row.text}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

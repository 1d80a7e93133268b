// How many valuations have each type (types that occur, plus the untyped ones).
import type { TypeSpread } from '../../../domain/zkm/type-spread';
import { VALUATION_TYPE_KEYS } from '../../../domain/zkm/valuation-type';
import { useZkmFormat } from '../use-zkm-format';
import { typeFromKey } from './type-key';

/** The spread of types of one investigation (read-only). */
export function TypeSpreadTable(props: { spread: TypeSpread }) {
  const f = useZkmFormat();
  const keys = VALUATION_TYPE_KEYS.filter((key) => props.spread.byType[key] > 0);
  return (
    <table class="zkm-table zkm-spread">
      <caption>{f.t('zkm.spread.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{f.t('zkm.col.type')}</th>
          <th scope="col">{f.t('zkm.col.count')}</th>
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => {
          const type = typeFromKey(key);
          return (
            <tr key={key}>
              <th scope="row">
                {f.type(type)} <span class="muted">({f.typeName(type)})</span>
              </th>
              <td>{f.n(props.spread.byType[key])}</td>
            </tr>
          );
        })}
        {props.spread.untyped > 0 && (
          <tr>
            <th scope="row">{f.t('zkm.spread.untyped')}</th>
            <td>{f.n(props.spread.untyped)}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

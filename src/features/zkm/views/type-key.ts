// Reading a language-neutral type key ('+S', '±mixed') back into a type for its label.
import {
  MOTIVES,
  type Motive,
  SIGNS,
  type Sign,
  type ValuationType,
  type ValuationTypeKey,
} from '../../../domain/zkm/valuation-type';

/** The type a key stands for. */
export function typeFromKey(key: ValuationTypeKey): ValuationType {
  const sign = SIGNS.find((candidate) => key.startsWith(candidate)) as Sign;
  const motive = key.slice(sign.length) as Motive;
  return { sign, motive: MOTIVES.includes(motive) ? motive : 'mixed' };
}

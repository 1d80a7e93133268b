// Literal message keys of the result cards and explanations, so the catalog check sees each.
import type { CorrelationReading } from '../../../domain/zkm/correlation-reading';
import type { ResultOrder } from '../../../domain/zkm/result-order';
import type { ValuationTypeKey } from '../../../domain/zkm/valuation-type';

/** Each type in words ("a positive, self-enhancing valuation"). */
export const typeWordsKey = {
  '+S': 'zkm.typeWords.plusS',
  '-S': 'zkm.typeWords.minusS',
  '±S': 'zkm.typeWords.ambiS',
  '+O': 'zkm.typeWords.plusO',
  '-O': 'zkm.typeWords.minusO',
  '±O': 'zkm.typeWords.ambiO',
  '+HH': 'zkm.typeWords.plusHH',
  '-HH': 'zkm.typeWords.minusHH',
  '±HH': 'zkm.typeWords.ambiHH',
  '+LL': 'zkm.typeWords.plusLL',
  '-LL': 'zkm.typeWords.minusLL',
  '±LL': 'zkm.typeWords.ambiLL',
  '+mixed': 'zkm.typeWords.plusmixed',
  '-mixed': 'zkm.typeWords.minusmixed',
  '±mixed': 'zkm.typeWords.ambimixed',
} as const satisfies Record<ValuationTypeKey, string>;

/** The figures that have an explanation, and the key of each. */
export const explainKey = {
  S: 'zkm.explain.S',
  O: 'zkm.explain.O',
  P: 'zkm.explain.P',
  N: 'zkm.explain.N',
  'S-O': 'zkm.explain.SO',
  'P-N': 'zkm.explain.PN',
  GEN: 'zkm.explain.GEN',
  IDEAL: 'zkm.explain.IDEAL',
  HH: 'zkm.explain.HH',
  LL: 'zkm.explain.LL',
} as const;

/** The short name beside each index letter on a card. */
export const indexNameKey = {
  S: 'zkm.name.S',
  O: 'zkm.name.O',
  P: 'zkm.name.P',
  N: 'zkm.name.N',
  'S-O': 'zkm.name.SO',
  'P-N': 'zkm.name.PN',
} as const;

/** The plain reading of GEN. */
export const genReadingKey = {
  close: 'zkm.gen.close',
  loose: 'zkm.gen.loose',
  far: 'zkm.gen.far',
  none: 'zkm.gen.none',
} as const satisfies Record<CorrelationReading, string>;

/** The plain reading of IDEAL. */
export const idealReadingKey = {
  close: 'zkm.ideal.close',
  loose: 'zkm.ideal.loose',
  far: 'zkm.ideal.far',
  none: 'zkm.ideal.none',
} as const satisfies Record<CorrelationReading, string>;

/** The label of each card order. */
export const orderKey = {
  list: 'zkm.cards.order.list',
  type: 'zkm.cards.order.type',
  wellbeing: 'zkm.cards.order.wellbeing',
} as const satisfies Record<ResultOrder, string>;

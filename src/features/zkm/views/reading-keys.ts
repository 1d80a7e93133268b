// Literal message keys of the type readings, so the catalog check sees each one.
import type { ValuationTypeKey } from '../../../domain/zkm/valuation-type';

/** The message key of each type's reading. */
export const readingKey = {
  '+S': 'zkm.reading.plusS',
  '-S': 'zkm.reading.minusS',
  '±S': 'zkm.reading.ambiS',
  '+O': 'zkm.reading.plusO',
  '-O': 'zkm.reading.minusO',
  '±O': 'zkm.reading.ambiO',
  '+HH': 'zkm.reading.plusHH',
  '-HH': 'zkm.reading.minusHH',
  '±HH': 'zkm.reading.ambiHH',
  '+LL': 'zkm.reading.plusLL',
  '-LL': 'zkm.reading.minusLL',
  '±LL': 'zkm.reading.ambiLL',
  '+mixed': 'zkm.reading.plusmixed',
  '-mixed': 'zkm.reading.minusmixed',
  '±mixed': 'zkm.reading.ambimixed',
} as const satisfies Record<ValuationTypeKey, string>;

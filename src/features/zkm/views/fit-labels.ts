// Literal message keys of the fits, so the catalog check sees each one.
import type { ValuationFit } from '../../../domain/records';

/** The message key of each fit's label. */
export const fitKey = {
  fits: 'zkm.disc.fit.fits',
  doesNotFit: 'zkm.disc.fit.doesNotFit',
  notSure: 'zkm.disc.fit.notSure',
} as const satisfies Record<ValuationFit, string>;

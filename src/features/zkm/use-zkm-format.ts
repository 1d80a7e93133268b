// Formatting ZKM numbers and labels in the current language: r with two decimals or "n/a",
// index letters (Z/A in Dutch, S/O in English), types, term labels and timeframes.
import { useMemo } from 'preact/hooks';
import type { AffectTerm, TimeFrame } from '../../domain/records';
import {
  type IndexKey,
  indexLabel,
  motiveName,
  termLabel,
  valuationTypeLabel,
} from '../../domain/zkm/labels';
import type { Correlation } from '../../domain/zkm/pearson';
import type { ValuationType } from '../../domain/zkm/valuation-type';
import { useI18n, useMessages } from '../../i18n/context';
import { pluralForm } from '../../i18n/translate';
import { zkmMessages } from './messages';

/** Literal keys of the time frame names (so the message check can see them). */
export const timeFrameKey = {
  past: 'zkm.timeFrame.past',
  present: 'zkm.timeFrame.present',
  future: 'zkm.timeFrame.future',
} as const satisfies Record<TimeFrame, string>;

/** The formatters a ZKM view needs, for the current language. */
export function useZkmFormat() {
  const { language } = useI18n();
  const t = useMessages(zkmMessages);
  return useMemo(() => {
    const r2 = new Intl.NumberFormat(language, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
      signDisplay: 'negative',
    });
    const int = new Intl.NumberFormat(language, { signDisplay: 'negative' });
    return {
      language,
      t,
      /** r with two decimals, or "n/a" where it is undefined. */
      r: (value: Correlation) => (value === null ? t('zkm.na') : r2.format(value)),
      /** An integer in the current language. */
      n: (value: number) => int.format(value),
      index: (key: IndexKey) => indexLabel(key, language),
      type: (type: ValuationType | null) =>
        type === null ? t('zkm.na') : valuationTypeLabel(type, language),
      typeName: (type: ValuationType) => motiveName(type.motive, language),
      term: (term: AffectTerm) => termLabel(term, language),
      timeFrame: (frame: TimeFrame) => t(timeFrameKey[frame]),
      /** The plural form of `count` in the current language ("1 pair", "2 pairs"). */
      plural: (count: number) => pluralForm(language, count),
    };
  }, [language, t]);
}

/** The type returned by useZkmFormat. */
export type ZkmFormat = ReturnType<typeof useZkmFormat>;

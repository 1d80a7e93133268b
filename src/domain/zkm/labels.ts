// Language-aware labels for indices and types: Dutch shows S as Z and O as A (domain §1).
import type { AffectIndex, AffectTerm } from '../records/affect-list';
import type { Motive, Sign, ValuationType } from './valuation-type';

/** The languages the app labels in: the languages an affect term carries labels for. */
export type ZkmLanguage = keyof AffectTerm['labels'];

/** What an index label can name: one of the four indices or one of the two differences. */
export type IndexKey = AffectIndex | 'S-O' | 'P-N';

// U+2212 MINUS SIGN: typographically a minus, not a hyphen, in labels shown to people.
const MINUS = '\u2212';

const INDEX_LABELS: Record<ZkmLanguage, Record<IndexKey, string>> = {
  nl: { S: 'Z', O: 'A', P: 'P', N: 'N', 'S-O': `Z${MINUS}A`, 'P-N': `P${MINUS}N` },
  en: { S: 'S', O: 'O', P: 'P', N: 'N', 'S-O': `S${MINUS}O`, 'P-N': `P${MINUS}N` },
};

// Mixed is written out ("gemengd", "mixed"): neither motive dominates by d, and they are not
// both high or both low. Never "Z/A": practitioners write HH as "ZA", so it would mislead.
const MOTIVE_LABELS: Record<ZkmLanguage, Record<Motive, string>> = {
  nl: { S: 'Z', O: 'A', HH: 'HH', LL: 'LL', mixed: 'gemengd' },
  en: { S: 'S', O: 'O', HH: 'HH', LL: 'LL', mixed: 'mixed' },
};

// Long forms, for headings, legends and screen readers where a letter would be cryptic.
const MOTIVE_NAMES: Record<ZkmLanguage, Record<Motive, string>> = {
  nl: { S: 'Z-type', O: 'A-type', HH: 'HH-type', LL: 'LL-type', mixed: 'gemengd' },
  en: { S: 'S-type', O: 'O-type', HH: 'HH-type', LL: 'LL-type', mixed: 'mixed' },
};

const SIGN_LABELS: Record<Sign, string> = { '+': '+', '-': MINUS, '±': '±' };

/** The label of an index or difference: nl Z, A, P, N, Z−A, P−N; en S, O, P, N, S−O, P−N. */
export function indexLabel(key: IndexKey, lang: ZkmLanguage): string {
  return INDEX_LABELS[lang][key];
}

/** The short label of a motive: nl Z, A, HH, LL, gemengd; en S, O, HH, LL, mixed. */
export function motiveLabel(motive: Motive, lang: ZkmLanguage): string {
  return MOTIVE_LABELS[lang][motive];
}

/** The long name of a motive, e.g. nl 'Z-type', 'gemengd'; en 'S-type', 'mixed'. */
export function motiveName(motive: Motive, lang: ZkmLanguage): string {
  return MOTIVE_NAMES[lang][motive];
}

/** The sign as shown: '+', '−' (U+2212 minus sign) or '±'; the same in every language. */
export function signLabel(sign: Sign): string {
  return SIGN_LABELS[sign];
}

/** The short label of a type, sign first: nl '+Z', '−A', '+HH', '±LL', '+gemengd'; en '+S', '−O'. */
export function valuationTypeLabel(type: ValuationType, lang: ZkmLanguage): string {
  return `${signLabel(type.sign)}${motiveLabel(type.motive, lang)}`;
}

/** The label of an affect term in `lang`. */
export function termLabel(term: AffectTerm, lang: ZkmLanguage): string {
  return term.labels[lang];
}

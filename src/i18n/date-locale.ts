// Which locale writes dates and times for the app's language. The app speaks "en" or "nl", but
// "en" alone is American to Intl (month first, a 12-hour clock), which is wrong for a British
// reader and for a Dutch phone showing the app in English (docs/decisions.md, "Dates in
// English").
import type { Language } from './catalog';

/** The locale when the browser asks for none of the language: as written in the Netherlands
    and, for English, in Britain (day before month, a 24-hour clock). */
const FALLBACK: Readonly<Record<Language, string>> = { nl: 'nl-NL', en: 'en-GB' };

/** The English-speaking regions that write the month before the day (as Intl's data has it),
    and "en" without a region, which Intl writes as American English. */
const MONTH_FIRST_REGIONS: ReadonlySet<string> = new Set([
  '',
  'US',
  'CA',
  'PH',
  'AS',
  'GU',
  'MP',
  'PR',
  'UM',
  'VI',
  'MH',
  'BI',
]);

/** The browser's languages, most wanted first (none outside a browser). */
function browserLanguages(): readonly string[] {
  const found = globalThis.navigator;
  if (!found) return [];
  return found.languages?.length ? found.languages : [found.language];
}

/** `tag` in its canonical form, or undefined when it is not a language tag. */
function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** The region of a locale ("NL" of "nl-NL", "" when it names none); extensions are skipped. */
function regionOf(locale: string): string {
  const [, ...rest] = locale.split('-');
  for (const part of rest) {
    // A singleton ("u", "x") starts the extensions: no region after it.
    if (part.length === 1) break;
    // The region is two letters or three digits; a script (four letters) comes before it.
    if (/^([A-Za-z]{2}|\d{3})$/.test(part)) return part.toUpperCase();
  }
  return '';
}

const baseOf = (locale: string) => locale.split('-')[0]?.toLowerCase();

/**
 * The locale that writes dates for `language`. The browser's first locale when it is of that
 * language ("en-AU"). For English otherwise, English of the region the browser's first locale
 * names: a Dutch phone (nl-NL, then en-US) showing the app in English writes as "en-NL" does,
 * day first and a 24-hour clock, not as an American. Else the browser's first locale of the
 * language anywhere in its list, else the fallback (en-GB, nl-NL).
 */
export function dateLocale(language: Language, preferred = browserLanguages()): string {
  // Asked for every date a list writes: the answer is kept per language and browser list.
  const key = `${language}|${preferred.join(',')}`;
  let found = chosen.get(key);
  if (found === undefined) {
    found = chooseDateLocale(language, preferred);
    chosen.set(key, found);
  }
  return found;
}

const chosen = new Map<string, string>();

function chooseDateLocale(language: Language, preferred: readonly string[]): string {
  const tags = preferred.map(canonical).filter((tag): tag is string => tag !== undefined);
  const first = tags[0];
  if (first !== undefined && baseOf(first) === language) return first;
  // Only English borrows the region: Dutch with an American region would get a 12-hour clock.
  const region = first === undefined ? '' : regionOf(first);
  if (language === 'en' && region !== '') {
    const regional = canonical(`en-${region}`);
    if (regional !== undefined) return regional;
  }
  return tags.find((tag) => baseOf(tag) === language) ?? FALLBACK[language];
}

/** Whether an English locale writes the month before the day ("December 3"); Dutch never does. */
export function writesMonthFirst(locale: string): boolean {
  if (baseOf(locale) !== 'en') return false;
  return MONTH_FIRST_REGIONS.has(regionOf(locale));
}

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
]);

/** The browser's languages, most wanted first (none outside a browser). */
function browserLanguages(): readonly string[] {
  const found = globalThis.navigator;
  if (!found) return [];
  return found.languages?.length ? found.languages : [found.language];
}

/** The browser's first locale of `language` (e.g. "en-AU"), or the fallback for it. */
export function dateLocale(language: Language, preferred = browserLanguages()): string {
  for (const tag of preferred) {
    let canonical: string | undefined;
    try {
      canonical = Intl.getCanonicalLocales(tag)[0];
    } catch {
      // Not a language tag: look at the next one.
    }
    if (canonical?.split('-')[0]?.toLowerCase() === language) return canonical;
  }
  return FALLBACK[language];
}

/** Whether an English locale writes the month before the day ("December 3"); Dutch never does. */
export function writesMonthFirst(locale: string): boolean {
  const [base, ...rest] = locale.split('-');
  if (base !== 'en') return false;
  // The region is the first subtag of two letters or three digits; a script comes before it.
  const region = rest.find((part) => /^([A-Za-z]{2}|\d{3})$/.test(part)) ?? '';
  return MONTH_FIRST_REGIONS.has(region.toUpperCase());
}

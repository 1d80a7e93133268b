// Dates and times of the coach's pages in the current language, with one Intl.DateTimeFormat
// per language and style: building a formatter costs far more than using one, and a client's
// page formats dozens of dates each time it renders. Same output as useI18n().dateTime.
import { useCallback } from 'preact/hooks';
import { useI18n } from '../../i18n/context';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The shared formatter of `language`, with or without the time. */
function formatterOf(language: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${language}|${withTime}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, {
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** An instant as a date (and time) in `language`, e.g. "24 nov 2026, 09:15". */
export function formatDate(language: string, iso: string, withTime = true): string {
  return formatterOf(language, withTime).format(new Date(iso));
}

/** `dateTime(iso, withTime = true)` in the current language, for the coach's pages. */
export function useDateTime(): (iso: string, withTime?: boolean) => string {
  const { language } = useI18n();
  return useCallback(
    (iso: string, withTime = true) => formatDate(language, iso, withTime),
    [language],
  );
}

// The language of the running app, provided to every screen.
import { type ComponentChildren, createContext } from 'preact';
import { useCallback, useContext, useMemo } from 'preact/hooks';
import type { DayKey } from '../domain/dates';
import type { Language, MessageKey } from './catalog';
import { dateLocale } from './date-locale';
import {
  fillMessage,
  formatDateTime,
  formatDayKey,
  type MessageParams,
  translate,
} from './translate';

/** What a screen needs to speak the user's language. */
export interface I18n {
  language: Language;
  /** The locale that writes dates and times for the language ("en-GB", "en-US", "nl-NL"). */
  locale: string;
  t: (key: MessageKey, params?: MessageParams) => string;
  dateTime: (iso: string, withTime?: boolean) => string;
  /** A calendar day (not an instant), the same day in every time zone. */
  day: (day: DayKey) => string;
}

const I18nContext = createContext<I18n>({
  language: 'en',
  locale: 'en-GB',
  t: (key, params) => translate('en', key, params),
  dateTime: (iso, withTime) => formatDateTime('en', iso, withTime),
  day: (day) => formatDayKey('en', day),
});

/** Provides the language to everything below it. */
export function I18nProvider(props: { language: Language; children: ComponentChildren }) {
  const { language } = props;
  const value = useMemo<I18n>(
    () => ({
      language,
      locale: dateLocale(language),
      t: (key, params) => translate(language, key, params),
      dateTime: (iso, withTime) => formatDateTime(language, iso, withTime),
      day: (day) => formatDayKey(language, day),
    }),
    [language],
  );
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

/** The current language, its messages and formatters. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** A feature's message module: English and Dutch with the same keys. */
export interface MessageModule<E extends Record<string, string>> {
  en: E;
  nl: { [K in keyof E]: string };
}

/** A translate function for a feature's own messages, in the current language. */
export function useMessages<E extends Record<string, string>>(
  module: MessageModule<E>,
): (key: keyof E & string, params?: MessageParams) => string {
  const { language } = useI18n();
  return useCallback(
    (key: keyof E & string, params?: MessageParams) =>
      fillMessage(language, module[language][key] ?? key, params),
    [language, module],
  );
}

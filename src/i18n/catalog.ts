// The shell's message catalog: what the first screen and every screen's frame need.
// Features keep their own messages beside their screens (src/features/*/messages.ts) and
// read them with useMessages, so their text loads with them, lazily. The shell's messages are
// one file per language; both stay in the entry, because loading the active one as a chunk of
// its own put a service-worker fetch before the first render and made the cold start slower
// (docs/decisions.md, cold start).
import { appEn } from './messages/app-en';
import { appNl } from './messages/app-nl';

/** Every message key of the shell. */
export type MessageKey = keyof typeof appEn;

/** The languages Koers speaks. */
export type Language = 'nl' | 'en';

/** The supported languages, Dutch first. */
export const languages: readonly Language[] = ['nl', 'en'];

/** The shell's messages per language. */
export const catalogs: Record<Language, Readonly<Record<MessageKey, string>>> = {
  en: appEn,
  nl: appNl,
};

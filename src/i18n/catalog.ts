// The shell's message catalog: what the first screen and every screen's frame need.
// Features keep their own messages beside their screens (src/features/*/messages.ts) and
// read them with useMessages, so their text loads with them, lazily.
import { appMessages } from './messages/app';

const modules = [appMessages] as const;

type English = (typeof modules)[number]['en'];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;

/** Every message key of the app. */
export type MessageKey = keyof UnionToIntersection<English>;

/** The languages Koers speaks. */
export type Language = 'nl' | 'en';

/** The supported languages, Dutch first. */
export const languages: readonly Language[] = ['nl', 'en'];

/** The merged catalog per language. */
export const catalogs: Record<Language, Record<MessageKey, string>> = {
  en: Object.assign({}, ...modules.map((module) => module.en)),
  nl: Object.assign({}, ...modules.map((module) => module.nl)),
};

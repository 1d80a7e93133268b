// All message catalogs merged. Each feature adds its own module under messages/ and one line here.
import { appMessages } from './messages/app';
import { settingsMessages } from './messages/settings';

const modules = [appMessages, settingsMessages] as const;

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

// The shell's message catalog: what the first screen and every screen's frame need.
// Features keep their own messages beside their screens (src/features/*/messages.ts) and
// read them with useMessages, so their text loads with them, lazily. The shell's catalog is
// one chunk per language: a start loads only the active language's, the other one comes
// when the user switches (the service worker precaches both, so that works offline).
import type { appEn } from './messages/app-en';

/** Every message key of the shell. */
export type MessageKey = keyof typeof appEn;

/** The languages Koers speaks. */
export type Language = 'nl' | 'en';

/** The supported languages, Dutch first. */
export const languages: readonly Language[] = ['nl', 'en'];

/** A language's shell messages. */
export type Catalog = Readonly<Record<MessageKey, string>>;

const loaded: Partial<Record<Language, Catalog>> = {};
const loading = new Map<Language, Promise<Catalog>>();

/** The shell catalog of `language`, or undefined while it is not loaded. */
export function catalogOf(language: Language): Catalog | undefined {
  return loaded[language];
}

/**
 * Loads the shell catalog of `language` (once; a failed load is tried again on the next
 * call). Resolves when `catalogOf(language)` has it.
 */
export function loadCatalog(language: Language): Promise<Catalog> {
  const done = loaded[language];
  if (done) return Promise.resolve(done);
  let pending = loading.get(language);
  if (!pending) {
    // Literal paths, so the bundler makes one chunk per language.
    const module: Promise<Catalog> =
      language === 'nl'
        ? import('./messages/app-nl').then((m) => m.appNl)
        : import('./messages/app-en').then((m) => m.appEn);
    pending = module.then(
      (catalog) => {
        loaded[language] = catalog;
        return catalog;
      },
      (error: unknown) => {
        loading.delete(language);
        throw error;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

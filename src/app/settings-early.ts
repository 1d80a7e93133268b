// The settings read, started the moment the entry begins to run: main.tsx imports this module
// before the rest of the shell, so opening the settings database in IndexedDB (30–80 ms on a
// cold start) overlaps with evaluating the shell's code instead of following it. The shell's
// catalog of the mirrored language starts loading here too, for the same reason.
import { loadSettings, readSettingsMirror, type Settings } from '../db/settings';
import { type Language, loadCatalog } from '../i18n/catalog';
import { preferredLanguage } from '../i18n/translate';

/** The settings, being read since the entry started. */
export const settingsRead: Promise<Settings> = loadSettings();

/** The synchronous copy of the settings (undefined on a first start or without storage). */
export const mirroredSettings: Settings | undefined = readSettingsMirror();

/** The language the settings ask for: the chosen one, else the browser's (Dutch or English). */
export function languageOf(settings: Settings): Language {
  return settings.language ?? preferredLanguage(navigator.languages ?? []);
}

if (mirroredSettings) {
  loadCatalog(languageOf(mirroredSettings)).catch(() => {
    // main.tsx waits for the same load and renders either way.
  });
}

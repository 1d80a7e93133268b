// The settings read, started the moment the entry begins to run: main.tsx imports this module
// before the rest of the shell, so opening the settings database in IndexedDB (30–80 ms on a
// cold start) overlaps with evaluating the shell's code instead of following it.
import { SETTINGS_DATABASE } from '../db/keyval-names';
import { localRebuildJournal } from '../db/rebuild-journal';
import { loadSettings, type Settings } from '../db/settings';

function readSettings(): Promise<Settings> {
  // A rebuild of the settings' store ("Clear old traces") that a closed tab left halfway is
  // finished first: read now, the store could be gone or empty, and the device would look new.
  // Rare; the check is one localStorage read.
  if (localRebuildJournal(SETTINGS_DATABASE.name).read() === undefined) return loadSettings();
  return import('../db/keyval-rebuild')
    .then((rebuild) => rebuild.finishInterruptedKeyval(SETTINGS_DATABASE))
    .then(() => loadSettings());
}

/** The settings, being read since the entry started. */
export const settingsRead: Promise<Settings> = readSettings();

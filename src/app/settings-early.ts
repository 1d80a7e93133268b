// The settings read, started the moment the entry begins to run: main.tsx imports this module
// before the rest of the shell, so opening the settings database in IndexedDB (30–80 ms on a
// cold start) overlaps with evaluating the shell's code instead of following it.
import { loadSettings, type Settings } from '../db/settings';

/** The settings, being read since the entry started. */
export const settingsRead: Promise<Settings> = loadSettings();

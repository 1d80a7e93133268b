// Entry point, on the critical path of the first screen: keep it and its imports small.
// Everything beyond the shell (feature screens, the first run, the other language's
// messages, the service-worker client) loads lazily.
// biome-ignore-all assist/source/organizeImports: the settings read must start first.

// First, so the settings read starts before the rest of the shell is evaluated.
import { mirroredSettings, settingsRead, languageOf } from './app/settings-early';
import { render } from 'preact';
import type { Settings } from './db/settings';
import { loadCatalog } from './i18n/catalog';
import { App, needsFirstRun, preloadFirstRun } from './app/App';
import './app/styles.css';

const root = document.getElementById('app');
if (root) {
  const show = (initial: Settings) =>
    render(<App initialSettings={initial} confirmed={settingsRead} />, root);
  // The first paint waits for the active language's messages (a failed load still renders:
  // keys beat a blank page); a device in its first run loads that screen meanwhile.
  const start = (initial: Settings) => {
    if (needsFirstRun(initial)) preloadFirstRun();
    const ready = () => show(initial);
    void loadCatalog(languageOf(initial)).then(ready, ready);
  };
  // The synchronous copy saves the wait for IndexedDB on every start but the first.
  if (mirroredSettings) start(mirroredSettings);
  else void settingsRead.then(start);
}

// Entry point, on the critical path of the first screen: keep it and its imports small.
// Everything beyond the shell (feature screens, the first run, the service-worker client)
// loads lazily.
// biome-ignore-all assist/source/organizeImports: the settings read must start first.

// First, so the settings read starts before the rest of the shell is evaluated.
import { settingsRead } from './app/settings-early';
import { render } from 'preact';
import { readSettingsMirror, type Settings } from './db/settings';
import { App, needsFirstRun, preloadFirstRun } from './app/App';
import './app/styles.css';

const root = document.getElementById('app');
if (root) {
  const show = (initial: Settings) => {
    // A device in its first run starts loading that screen before the first render.
    if (needsFirstRun(initial)) preloadFirstRun();
    render(<App initialSettings={initial} confirmed={settingsRead} />, root);
  };
  // The synchronous copy saves the wait for IndexedDB on every start but the first.
  const mirrored = readSettingsMirror();
  if (mirrored) show(mirrored);
  else void settingsRead.then(show);
}

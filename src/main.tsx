// Entry point, on the critical path of the first screen: keep it and its imports small.
// Everything beyond the shell (feature screens, the first run, the service-worker client)
// loads lazily.
// biome-ignore-all assist/source/organizeImports: the settings read must start first.

// First, so the settings read starts before the rest of the shell is evaluated.
import { settingsRead } from './app/settings-early';
import { render } from 'preact';
import { readSettingsMirror, type Settings } from './db/settings';
import { App, needsFirstRun, preloadFirstRun } from './app/App';
import { keepInstallPrompt } from './app/install/install-prompt';
import { DATABASE_NAME } from './db/database-name';
import { KEYVAL_DATABASES } from './db/keyval-names';
import { localRebuildJournal } from './db/rebuild-journal';
import './app/styles.css';

function start(root: HTMLElement) {
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

// The browser offers installing once per page load, whichever screen is up then.
keepInstallPrompt();

/** Finishes every rebuild of a store that a closed tab left halfway (see their modules). */
async function finishRebuilds(): Promise<void> {
  const [records, keyval] = await Promise.all([
    import('./db/rebuild-finish'),
    import('./db/keyval-rebuild'),
  ]);
  await records.finishInterruptedRebuild(DATABASE_NAME);
  for (const database of KEYVAL_DATABASES) await keyval.finishInterruptedKeyval(database);
}

const root = document.getElementById('app');
if (root) {
  // A rebuild of a store that a closed tab left halfway is finished before anything opens
  // the database (rare: the journals' check is a localStorage read per store).
  const names = [DATABASE_NAME, ...KEYVAL_DATABASES.map((database) => database.name)];
  if (names.every((name) => localRebuildJournal(name).read() === undefined)) start(root);
  else
    void finishRebuilds().then(
      () => start(root),
      (error: unknown) => {
        // The rows are safe in the rescue copy; opening the database now could make it anew,
        // empty. Plain words in both languages, as the app's messages are not loaded.
        console.error(error);
        root.textContent =
          'Koers could not finish rebuilding its store. Your entries are kept in a copy; reload to try again. / Koers kon het opnieuw opbouwen van de opslag niet afmaken. Je aantekeningen staan veilig in een kopie; laad de pagina opnieuw om het nog eens te proberen.';
      },
    );
}

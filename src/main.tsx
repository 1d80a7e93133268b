// Entry point, on the critical path of the first screen: keep it and its imports small.
// Everything beyond the shell (feature screens, the service-worker client) loads lazily.
import { render } from 'preact';
import { App } from './app/App';
import { loadSettings } from './db/settings';
import './app/styles.css';

const root = document.getElementById('app');
if (root) {
  void loadSettings().then((settings) => render(<App initialSettings={settings} />, root));
}

// The cold-start baseline: the least a Preact app with a heading and a navigation can do,
// served from a service worker like the app. The app's cold start is compared with this.
import { render } from 'preact';
import './baseline.css';

const links = ['Home', 'Diary', 'Self-investigation', 'Focusing', 'Settings'];

function Baseline() {
  return (
    <div>
      <nav aria-label="Menu">
        <ul>
          {links.map((label) => (
            <li key={label}>
              <a href={`/${label.toLowerCase()}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main>
        <h1>Today</h1>
        <p>Nothing here yet.</p>
      </main>
    </div>
  );
}

const root = document.getElementById('app');
if (root) render(<Baseline />, root);
if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/sw.js');

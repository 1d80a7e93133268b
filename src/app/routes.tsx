// The routes. Every screen but Today loads lazily, so the shell stays small; Today paints with
// the shell (no extra round trip before the first screen). Each feature declares its own
// routes in src/features/<name>/routes.tsx.
import { lazy, Route, Router } from 'preact-iso';
import type { Settings } from '../db/settings';
import { coachRoutes } from '../features/coach/routes';
import { diaryRoutes } from '../features/diary/routes';
import { firstRunRoutes } from '../features/first-run/routes';
import { focusingRoutes } from '../features/focusing/routes';
import { helpRoutes } from '../features/help/routes';
import { HomeScreen } from '../features/home/HomeScreen';
import { shareRoutes } from '../features/share/routes';
import { trajectoryRoutes } from '../features/trajectory/routes';
import { zkmRoutes } from '../features/zkm/routes';

const SettingsScreen = lazy(() => import('../features/settings/SettingsScreen'));
const NotFound = lazy(() => import('../features/home/NotFound'));

/** Maps URLs to screens for the given role. */
export function Routes(props: { role: NonNullable<Settings['role']> }) {
  return (
    <Router>
      <Route path="/" component={HomeScreen} role={props.role} />
      <Route path="/settings" component={SettingsScreen} />
      {diaryRoutes()}
      {zkmRoutes()}
      {focusingRoutes()}
      {trajectoryRoutes()}
      {shareRoutes()}
      {coachRoutes()}
      {helpRoutes()}
      {firstRunRoutes()}
      <Route default component={NotFound} />
    </Router>
  );
}

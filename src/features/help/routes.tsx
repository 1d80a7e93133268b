// The help feature's route. The screen loads lazily like every other; the service worker
// precaches its chunk with the rest of the app, so it opens offline.
import { lazy, Route } from 'preact-iso';

const HelpScreen = lazy(() => import('./HelpScreen'));

/** The routes of the help feature. */
export function helpRoutes() {
  return [<Route key="help" path="/help" component={HelpScreen} />];
}

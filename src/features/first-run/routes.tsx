// The first-run feature's route: "About Koers and your data" to read again later. The screen
// loads lazily; the service worker precaches it with the rest of the app.
import { lazy, Route } from 'preact-iso';

const AboutScreen = lazy(() => import('./AboutScreen'));

/** The routes of the first-run feature. */
export function firstRunRoutes() {
  return [<Route key="about" path="/about" component={AboutScreen} />];
}

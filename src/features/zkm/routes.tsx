// The zkm feature's routes in the shell: only the two paths under /zkm. The table of its
// screens (ZkmRouter) loads with the first self-investigation screen, so a start that shows
// home never parses its fourteen routes (docs/decisions.md, cold start).
import type { ComponentType } from 'preact';
import { lazy, Route } from 'preact-iso';

const ZkmRouter = lazy(() => import('./ZkmRouter'));

/** The routes of the zkm feature; an unknown address under /zkm shows `notFound`. */
export function zkmRoutes(notFound: ComponentType) {
  return [
    <Route key="zkm" path="/zkm" component={ZkmRouter} notFound={notFound} />,
    <Route key="zkm-screens" path="/zkm/*" component={ZkmRouter} notFound={notFound} />,
  ];
}

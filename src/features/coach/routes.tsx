// The coach feature's routes in the shell: only the two paths under /coach. The table of its
// screens (CoachRouter) loads with the first coach screen, so a start that shows home never
// parses the coach's eighteen routes (docs/decisions.md, cold start).
import type { ComponentType } from 'preact';
import { lazy, Route } from 'preact-iso';

const CoachRouter = lazy(() => import('./CoachRouter'));

/** The routes of the coach feature; an unknown address under /coach shows `notFound`. */
export function coachRoutes(notFound: ComponentType) {
  return [
    <Route key="coach" path="/coach" component={CoachRouter} notFound={notFound} />,
    <Route key="coach-screens" path="/coach/*" component={CoachRouter} notFound={notFound} />,
  ];
}

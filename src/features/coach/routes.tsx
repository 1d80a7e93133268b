// The coach feature's routes. Its screens load lazily, with their own messages.
import { lazy, Route } from 'preact-iso';

const SectionScreen = lazy(() => import('../home/SectionScreen'));

/** The routes of the coach feature. */
export function coachRoutes() {
  return [
    <Route key="coach" path="/coach" component={SectionScreen} section="coach" />,
    <Route key="coach-sub" path="/coach/*" component={SectionScreen} section="coach" />,
  ];
}

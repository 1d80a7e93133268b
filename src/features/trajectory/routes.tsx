// The trajectory feature's routes. Its screens load lazily, with their own messages.
import { lazy, Route } from 'preact-iso';

const SectionScreen = lazy(() => import('../home/SectionScreen'));

/** The routes of the trajectory feature. */
export function trajectoryRoutes() {
  return [
    <Route key="trajectory" path="/trajectory" component={SectionScreen} section="trajectory" />,
    <Route
      key="trajectory-sub"
      path="/trajectory/*"
      component={SectionScreen}
      section="trajectory"
    />,
  ];
}

// The zkm feature's routes. Its screens load lazily, with their own messages.
import { lazy, Route } from 'preact-iso';

const SectionScreen = lazy(() => import('../home/SectionScreen'));

/** The routes of the zkm feature. */
export function zkmRoutes() {
  return [
    <Route key="zkm" path="/zkm" component={SectionScreen} section="zkm" />,
    <Route key="zkm-sub" path="/zkm/*" component={SectionScreen} section="zkm" />,
  ];
}

// The focusing feature's routes. Its screens load lazily, with their own messages.
import { lazy, Route } from 'preact-iso';

const SectionScreen = lazy(() => import('../home/SectionScreen'));

/** The routes of the focusing feature. */
export function focusingRoutes() {
  return [
    <Route key="focusing" path="/focusing" component={SectionScreen} section="focusing" />,
    <Route key="focusing-sub" path="/focusing/*" component={SectionScreen} section="focusing" />,
  ];
}

// The share feature's routes. Its screens load lazily, with their own messages.
import { lazy, Route } from 'preact-iso';

const SectionScreen = lazy(() => import('../home/SectionScreen'));

/** The routes of the share feature. */
export function shareRoutes() {
  return [
    <Route key="share" path="/share" component={SectionScreen} section="share" />,
    <Route key="share-sub" path="/share/*" component={SectionScreen} section="share" />,
  ];
}

// The diary feature's routes. Its screens load lazily, with their own messages.
import { lazy, Route } from 'preact-iso';

const SectionScreen = lazy(() => import('../home/SectionScreen'));

/** The routes of the diary feature. */
export function diaryRoutes() {
  return [
    <Route key="diary" path="/diary" component={SectionScreen} section="diary" />,
    <Route key="diary-sub" path="/diary/*" component={SectionScreen} section="diary" />,
  ];
}

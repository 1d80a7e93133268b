// The focusing feature's routes. Its screens load lazily, with their own messages. Fixed
// paths come before `/focusing/:id`, which would otherwise take "new" for an id.
import { lazy, Route } from 'preact-iso';

const HistoryScreen = lazy(() => import('./HistoryScreen'));
const GuidedScreen = lazy(() => import('./GuidedScreen'));
const QuickLogScreen = lazy(() => import('./QuickLogScreen'));
const InsightScreen = lazy(() => import('./InsightScreen'));
const DetailScreen = lazy(() => import('./DetailScreen'));
const EditScreen = lazy(() => import('./EditScreen'));

/** The routes of the focusing feature. */
export function focusingRoutes() {
  return [
    <Route key="focusing" path="/focusing" component={HistoryScreen} />,
    <Route key="focusing-new" path="/focusing/new" component={GuidedScreen} />,
    <Route key="focusing-quick" path="/focusing/quick" component={QuickLogScreen} />,
    <Route key="focusing-insight" path="/focusing/insight" component={InsightScreen} />,
    <Route key="focusing-edit" path="/focusing/:id/edit" component={EditScreen} />,
    <Route key="focusing-detail" path="/focusing/:id" component={DetailScreen} />,
  ];
}

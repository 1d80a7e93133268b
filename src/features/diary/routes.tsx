// The diary feature's routes. Its screens load lazily, with their own messages.
import { lazy, Route } from 'preact-iso';

const TimelineScreen = lazy(() => import('./TimelineScreen'));
const NewEntryScreen = lazy(() => import('./NewEntryScreen'));
const EntryDetailScreen = lazy(() => import('./EntryDetailScreen'));
const EditEntryScreen = lazy(() => import('./EditEntryScreen'));
const InsightScreen = lazy(() => import('./InsightScreen'));

/** The routes of the diary feature. */
export function diaryRoutes() {
  return [
    <Route key="diary" path="/diary" component={TimelineScreen} />,
    <Route key="diary-new" path="/diary/new" component={NewEntryScreen} />,
    <Route key="diary-insight" path="/diary/insight" component={InsightScreen} />,
    <Route key="diary-edit" path="/diary/:id/edit" component={EditEntryScreen} />,
    <Route key="diary-entry" path="/diary/:id" component={EntryDetailScreen} />,
  ];
}

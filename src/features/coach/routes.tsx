// The coach feature's routes. Its screens load lazily, with their own messages and styles.
import { lazy, Route } from 'preact-iso';

const ClientsScreen = lazy(() => import('./ClientsScreen'));
const ClientScreen = lazy(() => import('./ClientScreen'));
const ReportScreen = lazy(() => import('./ReportScreen'));
const NotesSearchScreen = lazy(() => import('./NotesSearchScreen'));
const WorkbookScreen = lazy(() => import('./WorkbookScreen'));

/** The routes of the coach feature. */
export function coachRoutes() {
  return [
    <Route key="coach" path="/coach" component={ClientsScreen} />,
    <Route key="coach-client" path="/coach/clients/:id" component={ClientScreen} />,
    <Route key="coach-report" path="/coach/clients/:id/report" component={ReportScreen} />,
    <Route key="coach-notes" path="/coach/notes" component={NotesSearchScreen} />,
    <Route key="coach-workbook" path="/coach/workbook" component={WorkbookScreen} />,
  ];
}

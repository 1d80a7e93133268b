// The coach feature's routes. Its screens load lazily, with their own messages and styles.
// Every screen but the workbook (which a client reads) is for the coach role only. Fixed
// paths come before ones with an id, so "insight" is never read as an id.
import { lazy, Route } from 'preact-iso';
import { coachOnly } from './CoachOnly';

const ClientsScreen = coachOnly(lazy(() => import('./clients/ClientsScreen')));
const ClientScreen = coachOnly(lazy(() => import('./clients/ClientScreen')));
const ReportScreen = coachOnly(lazy(() => import('./report/ReportScreen')));
const NotesSearchScreen = coachOnly(lazy(() => import('./notes/NotesSearchScreen')));
const WorkbookScreen = lazy(() => import('./assignments/WorkbookScreen'));
const DiaryScreen = coachOnly(
  lazy(() => import('./material/DiaryPages').then((m) => m.CoachDiaryScreen)),
);
const DiaryInsightScreen = coachOnly(
  lazy(() => import('./material/DiaryPages').then((m) => m.CoachDiaryInsightScreen)),
);
const DiaryEntryScreen = coachOnly(
  lazy(() => import('./material/DiaryPages').then((m) => m.CoachDiaryEntryScreen)),
);
const FocusingScreen = coachOnly(
  lazy(() => import('./material/FocusingPages').then((m) => m.CoachFocusingScreen)),
);
const FocusingInsightScreen = coachOnly(
  lazy(() => import('./material/FocusingPages').then((m) => m.CoachFocusingInsightScreen)),
);
const SessionScreen = coachOnly(
  lazy(() => import('./material/FocusingPages').then((m) => m.CoachSessionScreen)),
);
const InvestigationScreen = coachOnly(
  lazy(() => import('./material/ZkmPages').then((m) => m.CoachInvestigationScreen)),
);
const ComparisonScreen = coachOnly(
  lazy(() => import('./material/ZkmPages').then((m) => m.CoachComparisonScreen)),
);

const part = (
  name:
    | 'CoachZkmListScreen'
    | 'CoachThemesScreen'
    | 'CoachNotesScreen'
    | 'CoachAssignmentsScreen'
    | 'CoachSendScreen',
) => coachOnly(lazy(() => import('./clients/ClientParts').then((m) => m[name])));
const ZkmListScreen = part('CoachZkmListScreen');
const ThemesScreen = part('CoachThemesScreen');
const NotesScreen = part('CoachNotesScreen');
const AssignmentsScreen = part('CoachAssignmentsScreen');
const SendScreen = part('CoachSendScreen');

const client = '/coach/clients/:id';

/** The routes of the coach feature. */
export function coachRoutes() {
  return [
    <Route key="coach" path="/coach" component={ClientsScreen} />,
    <Route key="coach-client" path={client} component={ClientScreen} />,
    <Route key="coach-report" path={`${client}/report`} component={ReportScreen} />,
    <Route key="coach-diary" path={`${client}/diary`} component={DiaryScreen} />,
    <Route
      key="coach-diary-insight"
      path={`${client}/diary/insight`}
      component={DiaryInsightScreen}
    />,
    <Route
      key="coach-diary-entry"
      path={`${client}/diary/:entryId`}
      component={DiaryEntryScreen}
    />,
    <Route key="coach-zkm-list" path={`${client}/zkm`} component={ZkmListScreen} />,
    <Route key="coach-themes" path={`${client}/themes`} component={ThemesScreen} />,
    <Route key="coach-client-notes" path={`${client}/notes`} component={NotesScreen} />,
    <Route key="coach-assignments" path={`${client}/assignments`} component={AssignmentsScreen} />,
    <Route key="coach-send" path={`${client}/send`} component={SendScreen} />,
    <Route key="coach-focusing" path={`${client}/focusing`} component={FocusingScreen} />,
    <Route
      key="coach-focusing-insight"
      path={`${client}/focusing/insight`}
      component={FocusingInsightScreen}
    />,
    <Route key="coach-session" path={`${client}/focusing/:sessionId`} component={SessionScreen} />,
    <Route
      key="coach-zkm"
      path={`${client}/zkm/:investigationId`}
      component={InvestigationScreen}
    />,
    <Route
      key="coach-zkm-compare"
      path={`${client}/zkm/:investigationId/compare`}
      component={ComparisonScreen}
    />,
    <Route key="coach-notes" path="/coach/notes" component={NotesSearchScreen} />,
    <Route key="coach-workbook" path="/coach/workbook" component={WorkbookScreen} />,
  ];
}

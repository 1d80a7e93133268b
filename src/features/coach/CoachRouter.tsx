// The coach feature's screens under /coach, as a router of their own: this table loads with
// the first coach screen, not with the shell (routes.tsx has the two paths that lead here).
// Its screens load lazily, with their own messages and styles. Every screen but the workbook
// (which a client reads) is for the coach role only. Paths are relative to /coach; fixed
// paths come before ones with an id, so "insight" is never read as an id.
import type { ComponentType } from 'preact';
import { lazy, Route, Router } from 'preact-iso';
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

const client = '/clients/:id';

/** The coach screens under /coach; an address it does not know shows `notFound`. */
export default function CoachRouter(props: { notFound: ComponentType }) {
  return (
    <Router>
      <Route path="/" component={ClientsScreen} />
      <Route path={client} component={ClientScreen} />
      <Route path={`${client}/report`} component={ReportScreen} />
      <Route path={`${client}/diary`} component={DiaryScreen} />
      <Route path={`${client}/diary/insight`} component={DiaryInsightScreen} />
      <Route path={`${client}/diary/:entryId`} component={DiaryEntryScreen} />
      <Route path={`${client}/zkm`} component={ZkmListScreen} />
      <Route path={`${client}/themes`} component={ThemesScreen} />
      <Route path={`${client}/notes`} component={NotesScreen} />
      <Route path={`${client}/assignments`} component={AssignmentsScreen} />
      <Route path={`${client}/send`} component={SendScreen} />
      <Route path={`${client}/focusing`} component={FocusingScreen} />
      <Route path={`${client}/focusing/insight`} component={FocusingInsightScreen} />
      <Route path={`${client}/focusing/:sessionId`} component={SessionScreen} />
      <Route path={`${client}/zkm/:investigationId`} component={InvestigationScreen} />
      <Route path={`${client}/zkm/:investigationId/compare`} component={ComparisonScreen} />
      <Route path="/notes" component={NotesSearchScreen} />
      <Route path="/workbook" component={WorkbookScreen} />
      <Route default component={props.notFound} />
    </Router>
  );
}

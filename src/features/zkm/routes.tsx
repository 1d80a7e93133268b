// The zkm feature's routes. Its screens load lazily, with their own messages and styles.
// Fixed paths come before the ones with an id, so "/zkm/lists" is never read as an id.
import { lazy, Route } from 'preact-iso';

const ZkmHome = lazy(() => import('./screens/ZkmHome'));
const NewInvestigation = lazy(() => import('./screens/NewInvestigation'));
const AffectListsScreen = lazy(() => import('./screens/AffectListsScreen'));
const AffectListEditor = lazy(() => import('./screens/AffectListEditor'));
const InvestigationOverview = lazy(() => import('./screens/InvestigationOverview'));
const QuestionsScreen = lazy(() => import('./screens/QuestionsScreen'));
const ValuationsScreen = lazy(() => import('./screens/ValuationsScreen'));
const RatingScreen = lazy(() => import('./screens/RatingScreen'));
const ResultsScreen = lazy(() => import('./screens/ResultsScreen'));
const HowToReadScreen = lazy(() => import('./screens/HowToReadScreen'));
const DiscussionScreen = lazy(() => import('./screens/DiscussionScreen'));
const CompareScreen = lazy(() => import('./screens/CompareScreen'));
const ReinvestigateScreen = lazy(() => import('./screens/ReinvestigateScreen'));

/** The routes of the zkm feature. */
export function zkmRoutes() {
  return [
    <Route key="zkm" path="/zkm" component={ZkmHome} />,
    <Route key="zkm-new" path="/zkm/new" component={NewInvestigation} />,
    <Route key="zkm-lists" path="/zkm/lists" component={AffectListsScreen} />,
    <Route key="zkm-list-new" path="/zkm/lists/new" component={AffectListEditor} />,
    <Route key="zkm-list" path="/zkm/lists/:listId" component={AffectListEditor} />,
    <Route key="zkm-one" path="/zkm/:id" component={InvestigationOverview} />,
    <Route key="zkm-questions" path="/zkm/:id/questions" component={QuestionsScreen} />,
    <Route key="zkm-valuations" path="/zkm/:id/valuations" component={ValuationsScreen} />,
    <Route key="zkm-rate" path="/zkm/:id/rate" component={RatingScreen} />,
    <Route key="zkm-results" path="/zkm/:id/results" component={ResultsScreen} />,
    <Route key="zkm-howto" path="/zkm/:id/how-to-read" component={HowToReadScreen} />,
    <Route key="zkm-discuss" path="/zkm/:id/discuss" component={DiscussionScreen} />,
    <Route key="zkm-compare" path="/zkm/:id/compare" component={CompareScreen} />,
    <Route key="zkm-re" path="/zkm/:id/reinvestigate" component={ReinvestigateScreen} />,
  ];
}

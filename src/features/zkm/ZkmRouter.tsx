// The zkm feature's screens under /zkm, as a router of their own: this table loads with the
// first self-investigation screen, not with the shell (routes.tsx has the two paths that
// lead here). Its screens load lazily, with their own messages and styles. Paths are relative
// to /zkm; fixed paths come before the ones with an id, so "/lists" is never read as an id.
import type { ComponentType } from 'preact';
import { lazy, Route, Router } from 'preact-iso';

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

/** The self-investigation screens under /zkm; an address it does not know shows `notFound`. */
export default function ZkmRouter(props: { notFound: ComponentType }) {
  return (
    <Router>
      <Route path="/" component={ZkmHome} />
      <Route path="/new" component={NewInvestigation} />
      <Route path="/lists" component={AffectListsScreen} />
      <Route path="/lists/new" component={AffectListEditor} />
      <Route path="/lists/:listId" component={AffectListEditor} />
      <Route path="/:id" component={InvestigationOverview} />
      <Route path="/:id/questions" component={QuestionsScreen} />
      <Route path="/:id/valuations" component={ValuationsScreen} />
      <Route path="/:id/rate" component={RatingScreen} />
      <Route path="/:id/results" component={ResultsScreen} />
      <Route path="/:id/how-to-read" component={HowToReadScreen} />
      <Route path="/:id/discuss" component={DiscussionScreen} />
      <Route path="/:id/compare" component={CompareScreen} />
      <Route path="/:id/reinvestigate" component={ReinvestigateScreen} />
      <Route default component={props.notFound} />
    </Router>
  );
}

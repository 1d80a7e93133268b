// The trajectory feature's routes. Its screens load lazily, with their own messages.
import { lazy, Route } from 'preact-iso';

const OverviewScreen = lazy(() => import('./OverviewScreen'));
const ThemeNewScreen = lazy(() => import('./ThemeNewScreen'));
const ThemeScreen = lazy(() => import('./ThemeScreen'));
const ThemeEditScreen = lazy(() => import('./ThemeEditScreen'));
const ReportScreen = lazy(() => import('./ReportScreen'));

/** The routes of the trajectory feature ("new" before ":id", so it is not read as an id). */
export function trajectoryRoutes() {
  return [
    <Route key="trajectory" path="/trajectory" component={OverviewScreen} />,
    <Route key="theme-new" path="/trajectory/themes/new" component={ThemeNewScreen} />,
    <Route key="theme-edit" path="/trajectory/themes/:id/edit" component={ThemeEditScreen} />,
    <Route key="theme" path="/trajectory/themes/:id" component={ThemeScreen} />,
    <Route key="report" path="/trajectory/report" component={ReportScreen} />,
  ];
}

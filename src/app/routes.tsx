// The routes. Every screen but the first loads lazily, so the shell stays small.
import { lazy, Route, Router } from 'preact-iso';
import type { Settings } from '../db/settings';

const HomeScreen = lazy(() => import('../features/home/HomeScreen'));
const SettingsScreen = lazy(() => import('../features/settings/SettingsScreen'));
const SectionScreen = lazy(() => import('../features/home/SectionScreen'));
const NotFound = lazy(() => import('../features/home/NotFound'));

/** Maps URLs to screens for the given role. */
export function Routes(props: { role: NonNullable<Settings['role']> }) {
  return (
    <Router>
      <Route path="/" component={HomeScreen} role={props.role} />
      <Route path="/settings" component={SettingsScreen} />
      <Route path="/diary/*" component={SectionScreen} section="diary" />
      <Route path="/diary" component={SectionScreen} section="diary" />
      <Route path="/zkm/*" component={SectionScreen} section="zkm" />
      <Route path="/zkm" component={SectionScreen} section="zkm" />
      <Route path="/focusing/*" component={SectionScreen} section="focusing" />
      <Route path="/focusing" component={SectionScreen} section="focusing" />
      <Route path="/trajectory" component={SectionScreen} section="trajectory" />
      <Route path="/share/*" component={SectionScreen} section="share" />
      <Route path="/share" component={SectionScreen} section="share" />
      <Route path="/coach/*" component={SectionScreen} section="coach" />
      <Route path="/coach" component={SectionScreen} section="coach" />
      <Route default component={NotFound} />
    </Router>
  );
}

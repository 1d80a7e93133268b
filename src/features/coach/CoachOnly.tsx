// Keeps the coach's screens to the coach role: anyone else gets the coach-only notice, which
// (with its messages) loads only then, so the shell that holds these routes stays small.
import type { ComponentType } from 'preact';
import { lazy } from 'preact-iso';
import { useSettings } from '../../services/settings-context';

const CoachOnlyNotice = lazy(() => import('./CoachOnlyNotice'));

/** `Screen` for the coach role, the notice for anyone else. */
export function coachOnly<P extends object>(Screen: ComponentType<P>): ComponentType<P> {
  return function CoachOnly(props: P) {
    const { settings } = useSettings();
    return settings.role === 'coach' ? <Screen {...props} /> : <CoachOnlyNotice />;
  };
}

// Keeps the coach's screens to the coach role: a client who opens one (a link, a typed
// address) gets a clear message, the way to their workbook and to the role in Settings, never
// another person's data.
import type { ComponentType } from 'preact';
import { useSettings } from '../../app/settings-context';
import { useMessages } from '../../i18n/context';
import { materialMessages } from './material-messages';

/** The notice a client sees on a coach-only screen. */
export function CoachOnlyNotice() {
  const m = useMessages(materialMessages);
  return (
    <section aria-labelledby="coach-only-title">
      <h1 id="coach-only-title">{m('coachMat.coachOnly.title')}</h1>
      <p>{m('coachMat.coachOnly.body')}</p>
      <p>
        <a class="button primary" href="/coach/workbook">
          {m('coachMat.coachOnly.link')}
        </a>
      </p>
      <p>{m('coachMat.coachOnly.role')}</p>
      <p>
        <a class="button" href="/settings">
          {m('coachMat.coachOnly.settings')}
        </a>
      </p>
    </section>
  );
}

/** `Screen` for the coach role, the notice for anyone else. */
export function coachOnly<P extends object>(Screen: ComponentType<P>): ComponentType<P> {
  return function CoachOnly(props: P) {
    const { settings } = useSettings();
    return settings.role === 'coach' ? <Screen {...props} /> : <CoachOnlyNotice />;
  };
}

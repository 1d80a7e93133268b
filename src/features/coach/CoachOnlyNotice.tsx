// What a client sees on a coach-only screen (a link, a typed address): a clear message, the
// way to their workbook and to the role in Settings, never another person's data. Loaded only
// when shown, so the shell does not carry it.
import { useMessages } from '../../i18n/context';
import { coachMessages } from './messages';

/** The notice a client sees on a coach-only screen. */
export default function CoachOnlyNotice() {
  const m = useMessages(coachMessages);
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

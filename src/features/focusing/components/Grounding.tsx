// The pause behind "this is too much": a short grounding, then the choice to go on or to stop
// with what was done saved. Calm and brief; nothing here asks anything of the client.
import { useRef } from 'preact/hooks';
import { useMessages } from '../../../i18n/context';
import { useFocusOnShow } from '../../../ui/use-focus-after';
import { focusingMessages } from '../messages';

const groundingSteps = [
  'focusing.grounding.feet',
  'focusing.grounding.look',
  'focusing.grounding.breathe',
  'focusing.grounding.eyes',
] as const;

/** The "this is too much" button, the same on every step and on the timers. */
export function TooMuchButton(props: { onClick: () => void; disabled?: boolean }) {
  const t = useMessages(focusingMessages);
  return (
    <button type="button" class="button too-much" disabled={props.disabled} onClick={props.onClick}>
      {t('focusing.tooMuch')}
    </button>
  );
}

/** The grounding pause; focus moves to its heading so it is read out first. */
export function Grounding(props: {
  busy: boolean;
  coachFirst: boolean;
  onContinue: () => void;
  onStop: () => void;
}) {
  const t = useMessages(focusingMessages);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnShow(heading, 'shown');
  return (
    <section class="grounding" aria-labelledby="grounding-title">
      <h2 id="grounding-title" tabIndex={-1} ref={heading}>
        {t('focusing.tooMuch.title')}
      </h2>
      <p>{t('focusing.tooMuch.intro')}</p>
      <ul class="grounding-steps">
        {groundingSteps.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <p class="muted">{t('focusing.tooMuch.paused')}</p>
      {props.coachFirst && <p class="notice">{t('focusing.coachFirst')}</p>}
      <p>
        <a href="/help">{t('focusing.tooMuch.help')}</a>
      </p>
      <div class="actions">
        <button type="button" class="button primary" disabled={props.busy} onClick={props.onStop}>
          {t('focusing.tooMuch.stop')}
        </button>
        <button type="button" class="button" disabled={props.busy} onClick={props.onContinue}>
          {t('focusing.tooMuch.continue')}
        </button>
      </div>
    </section>
  );
}

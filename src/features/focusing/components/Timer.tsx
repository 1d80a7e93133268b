// An optional countdown (per step, or for the whole session). It is silent unless the user
// chose sound; the end is announced once in a live region, and nothing moves on screen.
import { useEffect, useState } from 'preact/hooks';
import { useMessages } from '../../../i18n/context';
import { playChime } from '../chime';
import { focusingMessages } from '../messages';
import { TooMuchButton } from './Grounding';

/** mm:ss for a number of seconds. */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** A timer with a choice of minutes, start/pause and reset. */
export function Timer(props: {
  id: string;
  label: string;
  presets: readonly number[];
  sound: boolean;
  /** Stops a running countdown (the grounding pause); the time left is kept. */
  paused?: boolean;
  /** Shown as "this is too much" next to a running timer. */
  onTooMuch?: () => void;
}) {
  const t = useMessages(focusingMessages);
  const [minutes, setMinutes] = useState(0);
  const [left, setLeft] = useState(0);
  const [endsAt, setEndsAt] = useState<number | undefined>();
  const [done, setDone] = useState(false);

  useEffect(() => {
    if (endsAt === undefined) return;
    const tick = () => {
      const remaining = (endsAt - Date.now()) / 1000;
      setLeft(Math.max(0, remaining));
      if (remaining <= 0) {
        setEndsAt(undefined);
        setDone(true);
        if (props.sound) playChime();
      }
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [endsAt, props.sound]);

  useEffect(() => {
    if (props.paused) setEndsAt(undefined);
  }, [props.paused]);

  const running = endsAt !== undefined;
  const choose = (value: number) => {
    setMinutes(value);
    setLeft(value * 60);
    setEndsAt(undefined);
    setDone(false);
  };

  return (
    <div class="timer">
      <div class="field">
        <label for={props.id}>{props.label}</label>
        <select
          id={props.id}
          value={String(minutes)}
          onChange={(event) => choose(Number(event.currentTarget.value))}
        >
          <option value="0">{t('focusing.timer.off')}</option>
          {props.presets.map((value) => (
            <option key={value} value={String(value)}>
              {t('focusing.timer.minutes', { minutes: value })}
            </option>
          ))}
        </select>
      </div>
      {minutes > 0 && (
        <div class="timer-run">
          <p class="timer-clock">
            {t('focusing.timer.left')} <strong>{clock(left)}</strong>
          </p>
          <button
            type="button"
            class="button"
            onClick={() => {
              if (running) {
                setEndsAt(undefined);
              } else {
                setDone(false);
                setEndsAt(Date.now() + (left > 0 ? left : minutes * 60) * 1000);
              }
            }}
          >
            {running ? t('focusing.timer.pause') : t('focusing.timer.start')}
          </button>
          <button type="button" class="button quiet" onClick={() => choose(minutes)}>
            {t('focusing.timer.reset')}
          </button>
          {props.onTooMuch && <TooMuchButton onClick={props.onTooMuch} />}
        </div>
      )}
      <p role="status" class="timer-done">
        {done ? t('focusing.timer.done') : ''}
      </p>
    </div>
  );
}

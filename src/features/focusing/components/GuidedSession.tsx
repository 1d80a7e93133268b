// A guided session, one part per screen: check-in, the six steps, check-out. Everything
// saves as it goes: the form (with half-typed text) is a draft that autosaves within half a
// second, and the record is updated with the form and the current step on every move, when
// the page is hidden (a call, a locked screen) and when the screen is left. A reload resumes
// at the same part with the same text. A new session is stored only from the first thing the
// client types or chooses, or the first move to another part: opening and leaving the screen
// leaves no empty session behind.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useLiveQuery } from '../../../db/live';
import {
  fieldsFromForm,
  formFromRecord,
  type SessionForm,
  validateForm,
  withPending,
} from '../../../domain/focusing/form';
import { tooCloseRecurs } from '../../../domain/focusing/safety';
import {
  focusingSteps,
  type GuidedStage,
  guidedStages,
  isGuidedStage,
  nextStage,
  previousStage,
  stageGuidanceKey,
  stageTitleKey,
} from '../../../domain/focusing/steps';
import type { FocusingSessionRecord } from '../../../domain/records';
import { isEmptyRecord } from '../../../domain/share/empty';
import { useI18n, useMessages } from '../../../i18n/context';
import { useErrorText } from '../../../ui/error-message';
import { Field } from '../../../ui/Field';
import { showToast } from '../../../ui/toasts';
import { useDraft } from '../../../ui/use-draft';
import { useFocusAfter } from '../../../ui/use-focus-after';
import { loadSessions, sessionRepository } from '../data';
import { focusingMessages } from '../messages';
import { useWakeLock } from '../wake-lock';
import { Grounding, TooMuchButton } from './Grounding';
import { stageFields } from './StageFields';
import { Timer } from './Timer';

interface GuidedDraft {
  stage: GuidedStage;
  form: SessionForm;
}

const STEP_PRESETS = [1, 2, 3, 5, 10] as const;
const SESSION_PRESETS = [10, 15, 20, 30, 45, 60] as const;

/** Minutes since `iso`, within the 0-600 a record allows. */
const minutesSince = (iso: string) =>
  Math.min(600, Math.max(1, Math.round((Date.now() - Date.parse(iso)) / 60_000)));

/** The session's fields for `value`, still in progress at its current part. */
const inProgress = (value: GuidedDraft) =>
  fieldsFromForm(value.form, { mode: 'guided', status: 'in-progress', currentStep: value.stage });

/** True when the client has typed or chosen something in `value` (an unreadable date counts). */
function hasContent(value: GuidedDraft): boolean {
  try {
    return !isEmptyRecord('focusingSessions', inProgress(value));
  } catch {
    return true;
  }
}

/**
 * Runs one guided session as `record`; `stored` says whether the record is in the database yet
 * (a new one is prepared in memory and stored with the first content or move).
 */
export function GuidedSession(props: {
  record: FocusingSessionRecord;
  resumed: boolean;
  stored: boolean;
}) {
  const t = useMessages(focusingMessages);
  const { dateTime } = useI18n();
  const errorText = useErrorText();
  const { route } = useLocation();
  const { record } = props;
  const draft = useDraft<GuidedDraft>(`focusing:guided:${record.id}`, () => ({
    stage: props.resumed ? (record.currentStep ?? 'check-in') : 'check-in',
    form: formFromRecord(record),
  }));
  const stage = isGuidedStage(draft.value.stage) ? draft.value.stage : 'check-in';
  const form = draft.value.form;
  const [failure, setFailure] = useState('');
  const [durationError, setDurationError] = useState('');
  const [sound, setSound] = useState(false);
  const [busy, setBusy] = useState(false);
  // "This is too much": the grounding pause shows instead of the step, the timers stop.
  const [pausing, setPausing] = useState(false);
  const history = useLiveQuery(() => loadSessions(record.ownerId), [record.ownerId]);
  const coachFirst = history.status === 'ready' && tooCloseRecurs(history.value);
  const finished = useRef(false);
  const latest = useRef(draft.value);
  latest.current = draft.value;
  const heading = useRef<HTMLHeadingElement>(null);
  const focusAfter = useFocusAfter();

  useWakeLock(true);

  // The first store of a new session; every later write waits for it. Shared, so that a move
  // and a first keystroke at the same moment store the record once.
  const storing = useRef<Promise<unknown> | null>(props.stored ? Promise.resolve() : null);
  const ensureStored = () => {
    storing.current ??= sessionRepository.store(record).catch((error: unknown) => {
      storing.current = null;
      throw error;
    });
    return storing.current;
  };

  const persist = async (value: GuidedDraft) => {
    await ensureStored();
    return sessionRepository.update(record.id, inProgress(value));
  };

  /** Stores `value` unless the session is new and still holds nothing of the client. */
  const persistIfMeant = (value: GuidedDraft) => {
    if (finished.current || (!storing.current && !hasContent(value))) return;
    void persist(value).catch(() => undefined);
  };

  // The first thing typed or chosen stores a new session, so a reload finds it and its draft.
  const started = !storing.current && hasContent(draft.value);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, when `started` turns true, to store the new session; `persistIfMeant` is a new function each render and reads the latest draft through a ref, so listing it would store on every render.
  useEffect(() => {
    if (started) persistIfMeant(latest.current);
  }, [started]);

  // A call or a locked screen hides the page: store what is there; store it too on leaving.
  // biome-ignore lint/correctness/useExhaustiveDependencies: one listener per session (`record.id`), whose clean-up stores on leaving; listing the per-render `persistIfMeant` would re-attach it and store on every render.
  useEffect(() => {
    const save = () => {
      if (document.visibilityState === 'hidden') persistIfMeant(latest.current);
    };
    document.addEventListener('visibilitychange', save);
    return () => {
      document.removeEventListener('visibilitychange', save);
      persistIfMeant(latest.current);
    };
  }, [record.id]);

  const patch = (changes: Partial<SessionForm>) =>
    draft.set((value) => ({ ...value, form: { ...value.form, ...changes } }));

  const goTo = async (next: GuidedStage) => {
    setFailure('');
    // Entering the check-out, suggest the time spent so far as the duration. A concern typed
    // but not set aside is set aside on the way, so leaving the step never loses it.
    const withDuration = (current: SessionForm): SessionForm => {
      const kept = withPending(current);
      return next === 'check-out' && kept.durationMinutes.trim() === ''
        ? { ...kept, durationMinutes: String(minutesSince(record.createdAt)) }
        : kept;
    };
    setBusy(true);
    try {
      await persist({ stage: next, form: withDuration(form) });
      // From the latest state: text typed while the save ran is kept.
      draft.set((current) => ({ stage: next, form: withDuration(current.form) }));
      // After the move, focus is on the new part's heading so it is read out first.
      focusAfter(heading);
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  /** Stores `done` as the finished session, shows `toast` and opens the session. */
  const complete = async (done: SessionForm, toast: string) => {
    setBusy(true);
    try {
      finished.current = true;
      await ensureStored();
      await sessionRepository.update(
        record.id,
        fieldsFromForm(done, { mode: 'guided', status: 'done' }),
      );
      await draft.clear();
      showToast({ id: 'focusing-saved', text: toast });
      route(`/focusing/${record.id}`);
    } catch (error) {
      finished.current = false;
      setFailure(errorText(error));
      setBusy(false);
    }
  };

  const finish = async () => {
    setFailure('');
    const errors = validateForm(form);
    setDurationError(errors.durationMinutes ? t(errors.durationMinutes) : '');
    if (errors.durationMinutes) {
      document.getElementById('duration')?.focus();
      return;
    }
    await complete(form, t('focusing.guided.finished'));
  };

  const tooMuch = () => {
    setPausing(true);
    patch({ tooMuch: true });
  };

  // Stopping from the pause keeps everything; a duration typed wrong is replaced by the time
  // spent, so nothing stands between the client and stopping.
  const stop = () => {
    setFailure('');
    const valid = !validateForm(form).durationMinutes && form.durationMinutes.trim() !== '';
    void complete(
      {
        ...withPending(form),
        tooMuch: true,
        stoppedEarly: true,
        durationMinutes: valid ? form.durationMinutes : String(minutesSince(record.createdAt)),
      },
      t('focusing.tooMuch.stopped'),
    );
  };

  const endPause = () => {
    setPausing(false);
    // Back to the step: its heading takes focus again.
    focusAfter(heading);
  };

  const Fields = stageFields[stage];
  const stepIndex = focusingSteps.indexOf(stage as never);
  const previous = previousStage(stage);
  const next = nextStage(stage);

  return (
    <div class="guided-session">
      {props.resumed && (
        <p role="status" class="notice">
          {t('focusing.guided.resumed', { date: dateTime(record.createdAt) })}
        </p>
      )}
      <p class="muted">{t('focusing.guided.autosave')}</p>
      {coachFirst && stage === 'check-in' && !pausing && (
        <p class="notice coach-first">{t('focusing.coachFirst')}</p>
      )}
      <details class="timers">
        <summary>{t('focusing.timers')}</summary>
        <label class="choice">
          <input
            type="checkbox"
            checked={sound}
            onChange={(event) => setSound(event.currentTarget.checked)}
          />
          <span>{t('focusing.timer.sound')}</span>
        </label>
        <Timer
          id="session-timer"
          label={t('focusing.timer.session')}
          presets={SESSION_PRESETS}
          sound={sound}
          paused={pausing}
          onTooMuch={tooMuch}
        />
      </details>
      <nav aria-label={t('focusing.guided.steps')} class="stage-nav" hidden={pausing}>
        <ol>
          {guidedStages.map((item) => (
            <li key={item}>
              <button
                type="button"
                class="button quiet"
                aria-current={item === stage ? 'step' : undefined}
                disabled={busy}
                onClick={() => item !== stage && void goTo(item)}
              >
                {t(stageTitleKey[item])}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      {pausing && (
        <Grounding busy={busy} coachFirst={coachFirst} onContinue={endPause} onStop={stop} />
      )}
      {/* Hidden, not removed, during the pause: the step's timer and fields keep their state. */}
      <section class="stage" aria-labelledby="stage-title" hidden={pausing}>
        <h2 id="stage-title" tabIndex={-1} ref={heading}>
          {stepIndex >= 0 && (
            <span class="stage-number">
              {t('focusing.guided.stepOf', { number: stepIndex + 1, total: focusingSteps.length })}
            </span>
          )}
          {t(stageTitleKey[stage])}
        </h2>
        <p class="guidance">{t(stageGuidanceKey[stage])}</p>
        <Fields form={form} patch={patch} guided />
        {stage === 'check-out' && (
          <Field
            id="duration"
            label={t('focusing.form.duration')}
            hint={t('focusing.guided.durationHint')}
            error={durationError}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="numeric"
                value={form.durationMinutes}
                onInput={(event) => patch({ durationMinutes: event.currentTarget.value })}
              />
            )}
          </Field>
        )}
        {stepIndex >= 0 && (
          <Timer
            key={stage}
            id="step-timer"
            label={t('focusing.timer.step')}
            presets={STEP_PRESETS}
            sound={sound}
            paused={pausing}
            onTooMuch={tooMuch}
          />
        )}
      </section>
      <p role="alert" class="field-error">
        {failure}
      </p>
      <div class="actions too-much-bar" hidden={pausing}>
        <TooMuchButton onClick={tooMuch} disabled={busy} />
      </div>
      <div class="actions stage-actions" hidden={pausing}>
        {previous && (
          <button type="button" class="button" disabled={busy} onClick={() => void goTo(previous)}>
            {t('focusing.guided.back')}
          </button>
        )}
        {next ? (
          <>
            <button
              type="button"
              class="button quiet"
              disabled={busy}
              onClick={() => void goTo(next)}
            >
              {t('focusing.guided.skip')}
            </button>
            <button
              type="button"
              class="button primary"
              disabled={busy}
              onClick={() => void goTo(next)}
            >
              {t('focusing.guided.next')}
            </button>
          </>
        ) : (
          <button
            type="button"
            class="button primary"
            disabled={busy}
            onClick={() => void finish()}
          >
            {t('focusing.guided.finish')}
          </button>
        )}
      </div>
    </div>
  );
}

// The phases a theme went through, with dates and notes, oldest first; each entry can be
// corrected (day, note) or removed when it was recorded by mistake.
import { useState } from 'preact/hooks';
import type { ThemeRecord } from '../../domain/records';
import {
  correctEntry,
  dayKey,
  dayOf,
  dayToIso,
  type PhaseProblem,
  type PhaseResult,
  phaseTimeline,
  removeEntry,
  type TimelineSegment,
} from '../../domain/trajectory';
import { useI18n, useMessages } from '../../i18n/context';
import { errorMessageKey } from '../../ui/error-message';
import { Field } from '../../ui/Field';
import { useFocusAfter } from '../../ui/use-focus-after';
import { phaseName, phaseProblem } from './labels';
import { trajectoryMessages } from './messages';
import { changeTheme, historyFields } from './save-theme';

/** The timeline section of a theme page. */
export function PhaseTimeline(props: { theme: ThemeRecord; onSaved: (text: string) => void }) {
  const t = useMessages(trajectoryMessages);
  const [editing, setEditing] = useState<number | undefined>(undefined);
  const focusAfter = useFocusAfter();
  const segments = phaseTimeline(props.theme.phaseHistory, dayKey(new Date()));
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      <ol class="timeline">
        {segments.map((segment) =>
          editing === segment.index ? (
            <li key={segment.index}>
              <CorrectEntry
                theme={props.theme}
                segment={segment}
                onDone={(saved) => {
                  setEditing(undefined);
                  if (saved) props.onSaved(t('history.saved'));
                  // Back to the entry's own button, or the heading if the entry is gone.
                  focusAfter([`history-correct-${segment.index}`, 'history-title']);
                }}
              />
            </li>
          ) : (
            <Segment
              key={segment.index}
              segment={segment}
              onCorrect={() => setEditing(segment.index)}
            />
          ),
        )}
      </ol>
    </section>
  );
}

function Segment(props: { segment: TimelineSegment; onCorrect: () => void }) {
  const t = useMessages(trajectoryMessages);
  const { dateTime } = useI18n();
  const { segment } = props;
  const show = (day: string) => dateTime(dayToIso(day), false);
  const name = t(phaseName[segment.phase]);
  return (
    <li>
      <p>
        <strong>{name}</strong>
      </p>
      <p>
        {segment.to
          ? t('history.range', { from: show(segment.from), to: show(segment.to) })
          : t('history.from', { from: show(segment.from) })}{' '}
        <span class="muted">({t('history.days', { days: segment.days })})</span>
      </p>
      {segment.note && <p class="muted">{segment.note}</p>}
      <button
        type="button"
        class="button quiet"
        id={`history-correct-${segment.index}`}
        aria-label={t('history.correctLabel', { phase: name, date: show(segment.from) })}
        onClick={props.onCorrect}
      >
        {t('history.correct')}
      </button>
    </li>
  );
}

function CorrectEntry(props: {
  theme: ThemeRecord;
  segment: TimelineSegment;
  onDone: (saved: boolean) => void;
}) {
  const t = useMessages(trajectoryMessages);
  const { t: tApp } = useI18n();
  const { theme, segment } = props;
  const entry = theme.phaseHistory[segment.index];
  const [day, setDay] = useState(entry ? dayOf(entry.since) : segment.from);
  const [note, setNote] = useState(entry?.note ?? '');
  const [problems, setProblems] = useState<PhaseProblem[]>([]);
  const [failure, setFailure] = useState('');
  const prefix = `correct-${segment.index}`;

  const apply = async (result: PhaseResult) => {
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    const error = await changeTheme(theme.id, historyFields(result.history));
    if (error) setFailure(tApp(errorMessageKey[error.kind]));
    else props.onDone(true);
  };

  const dayProblem = problems.find((item) => item.startsWith('date'));
  const otherProblem = problems.find((item) => !item.startsWith('date'));
  return (
    <form
      noValidate
      aria-labelledby={`${prefix}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void apply(
          correctEntry(theme.phaseHistory, segment.index, { day, note }, dayKey(new Date())),
        );
      }}
    >
      <h3 id={`${prefix}-title`}>
        {t('history.correctTitle')}: {t(phaseName[segment.phase])}
      </h3>
      <Field
        id={`${prefix}-day`}
        label={t('move.day')}
        error={dayProblem && t(phaseProblem[dayProblem])}
      >
        {(control) => (
          <input
            {...control}
            type="date"
            value={day}
            max={dayKey(new Date())}
            onInput={(event) => setDay(event.currentTarget.value)}
          />
        )}
      </Field>
      <Field id={`${prefix}-note`} label={t('move.note')}>
        {(control) => (
          <textarea
            {...control}
            value={note}
            onInput={(event) => setNote(event.currentTarget.value)}
          />
        )}
      </Field>
      {(otherProblem || failure) && (
        <p role="alert" class="field-error">
          {otherProblem ? t(phaseProblem[otherProblem]) : failure}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="button primary">
          {t('history.save')}
        </button>
        <button type="button" class="button" onClick={() => props.onDone(false)}>
          {t('history.cancel')}
        </button>
        {theme.phaseHistory.length > 1 && (
          <button
            type="button"
            class="button"
            onClick={() => void apply(removeEntry(theme.phaseHistory, segment.index))}
          >
            {t('history.remove')}
          </button>
        )}
      </div>
    </form>
  );
}

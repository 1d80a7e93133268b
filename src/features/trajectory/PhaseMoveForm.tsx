// Moving a theme to another phase: which phase, since which day (today by default) and an
// optional note. The rules (no same phase, no date before the current phase) live in domain.
import { useState } from 'preact/hooks';
import type { Phase, ThemeRecord } from '../../domain/records';
import { dayKey, movePhase, PHASES, type PhaseProblem } from '../../domain/trajectory';
import { useI18n, useMessages } from '../../i18n/context';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { errorMessageKey } from '../../ui/error-message';
import { Field } from '../../ui/Field';
import { phaseExplain, phaseName, phaseProblem } from './labels';
import { trajectoryMessages } from './messages';
import { changeTheme, historyFields } from './save-theme';

const fieldOf = (problem: PhaseProblem): 'phase' | 'day' | 'note' =>
  problem === 'same-phase' ? 'phase' : problem === 'note-too-long' ? 'note' : 'day';

/** The move form under the current phase. */
export function PhaseMoveForm(props: { theme: ThemeRecord; onMoved: (phase: Phase) => void }) {
  const t = useMessages(trajectoryMessages);
  const { t: tApp } = useI18n();
  const { theme } = props;
  const next = PHASES[Math.min(PHASES.indexOf(theme.phase) + 1, PHASES.length - 1)] ?? 'creating';
  const [phase, setPhase] = useState<Phase>(next === theme.phase ? 'creating' : next);
  const [day, setDay] = useState(dayKey(new Date()));
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<PhaseProblem[]>([]);
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const problemFor = (field: 'phase' | 'day' | 'note') => {
    const problem = problems.find((item) => fieldOf(item) === field);
    return problem ? t(phaseProblem[problem]) : undefined;
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setFailure('');
    const result = movePhase(theme.phaseHistory, { phase, day, note }, dayKey(new Date()));
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    setBusy(true);
    const error = await changeTheme(theme.id, historyFields(result.history));
    setBusy(false);
    if (error) {
      setFailure(tApp(errorMessageKey[error.kind]));
      return;
    }
    setNote('');
    props.onMoved(phase);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="move-title">
      <h3 id="move-title">{t('move.title')}</h3>
      <ChoiceGroup<Phase>
        legend={t('move.phase')}
        name="move-phase"
        value={phase}
        error={problemFor('phase')}
        options={PHASES.filter((item) => item !== theme.phase).map((item) => ({
          value: item,
          label: (
            <>
              <strong>{t(phaseName[item])}</strong> <span>{t(phaseExplain[item])}</span>
            </>
          ),
        }))}
        onChange={setPhase}
      />
      <Field id="move-day" label={t('move.day')} error={problemFor('day')}>
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
      <Field
        id="move-note"
        label={t('move.note')}
        hint={t('move.noteHint')}
        error={problemFor('note')}
      >
        {(control) => (
          <textarea
            {...control}
            value={note}
            onInput={(event) => setNote(event.currentTarget.value)}
          />
        )}
      </Field>
      {failure && (
        <p role="alert" class="field-error">
          {failure}
        </p>
      )}
      <button type="submit" class="button primary" disabled={busy}>
        {t('move.submit')}
      </button>
    </form>
  );
}

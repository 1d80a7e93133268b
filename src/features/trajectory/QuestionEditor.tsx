// The client's question for this coaching, on the trajectory page: written at the start,
// changed whenever the client likes, kept as a draft while typing. It is saved as the first
// section of the own report, so it travels and is read where the own report is.
import { useRef, useState } from 'preact/hooks';
import { Repository } from '../../db/repository';
import type { OwnReportRecord } from '../../domain/records';
import { MAX_QUESTION, QUESTION_PROMPT, questionOf, withQuestion } from '../../domain/trajectory';
import { useI18n, useMessages } from '../../i18n/context';
import { useErrorText } from '../../ui/error-message';
import { Field } from '../../ui/Field';
import { FormOutcome } from '../../ui/FormOutcome';
import { useDraft } from '../../ui/use-draft';
import { Loaded } from './common';
import { useOwnReport } from './data';
import { trajectoryMessages } from './messages';

/** The draft key of the starting question. */
export const QUESTION_DRAFT = 'trajectory.question';

/** The starting-question section of the trajectory page. */
export function QuestionSection(props: { ownerId: string }) {
  const { language } = useI18n();
  const report = useOwnReport(props.ownerId);
  return (
    <section id="my-question" class="report-question" aria-labelledby="question-title">
      <h2 id="question-title">{QUESTION_PROMPT[language]}</h2>
      {/* Mounted once the stored report is known, so the draft starts from it. */}
      <Loaded result={report}>
        {(value) => <QuestionEditor ownerId={props.ownerId} report={value} />}
      </Loaded>
    </section>
  );
}

function QuestionEditor(props: { ownerId: string; report: OwnReportRecord | undefined }) {
  const t = useMessages(trajectoryMessages);
  const { language } = useI18n();
  const errorText = useErrorText();
  const draft = useDraft<string>(QUESTION_DRAFT, () => questionOf(props.report));
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  // A report created from here, before the live query has caught up.
  const created = useRef<string | undefined>(undefined);
  const tooLong = draft.value.length > MAX_QUESTION;

  const save = async (event: Event) => {
    event.preventDefault();
    setStatus('');
    setError('');
    if (tooLong) return;
    setBusy(true);
    try {
      const repository = new Repository('ownReports');
      const id = props.report?.id ?? created.current;
      // The report as stored now: its other sections stay as they are.
      const sections = withQuestion(props.report?.sections ?? [], draft.value, language);
      if (id) await repository.update(id, { sections });
      else if (sections.length > 0) {
        created.current = (await repository.create(props.ownerId, { sections })).id;
      }
      await draft.clear();
      setStatus(t('question.saved'));
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={save} noValidate>
      <Field
        id="starting-question"
        label={t('question.label')}
        hint={t('question.hint')}
        error={tooLong ? t('question.tooLong', { max: MAX_QUESTION }) : undefined}
      >
        {(control) => (
          <textarea
            {...control}
            value={draft.value}
            onInput={(event) => {
              draft.set(event.currentTarget.value);
              setStatus('');
            }}
          />
        )}
      </Field>
      <p class="muted">
        {t('ownReport.draftKept')} {t('question.shared')}
      </p>
      <FormOutcome error={error} status={status}>
        <div class="actions">
          <button type="submit" class="button primary" disabled={busy || !draft.ready}>
            {t('question.save')}
          </button>
        </div>
      </FormOutcome>
    </form>
  );
}

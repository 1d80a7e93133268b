// The client's own report: it opens with the starting question (written on the trajectory
// page) to look back on, then My story and free text per prompt, kept as a draft while typing
// and saved as the client's one ownReports record. It can be marked private, which keeps it
// on the device.
import { useRef, useState } from 'preact/hooks';
import { Repository } from '../../db/repository';
import type { OwnReportRecord } from '../../domain/records';
import {
  formToSections,
  QUESTION_PROMPT,
  questionOf,
  REPORT_PROMPTS,
  type ReportForm,
  reportToForm,
  STORY_PROMPT,
  tooLongAnswers,
} from '../../domain/trajectory';
import { useI18n, useMessages } from '../../i18n/context';
import { useErrorText } from '../../ui/error-message';
import { Field } from '../../ui/Field';
import { FormOutcome } from '../../ui/FormOutcome';
import { useDraft } from '../../ui/use-draft';
import { Loaded, useProfileId } from './common';
import { useOwnReport } from './data';
import { trajectoryMessages } from './messages';
import './trajectory.css';

/** The draft key of the own report. */
export const REPORT_DRAFT = 'trajectory.ownReport';

/** The own-report screen. */
export default function ReportScreen() {
  const t = useMessages(trajectoryMessages);
  const ownerId = useProfileId();
  return (
    <section aria-labelledby="report-title">
      <p>
        <a href="/trajectory">{t('theme.back')}</a>
      </p>
      <h1 id="report-title">{t('ownReport.title')}</h1>
      <p>{t('ownReport.intro')}</p>
      {ownerId ? <LoadedReport ownerId={ownerId} /> : <p>{t('trajectory.noProfile')}</p>}
    </section>
  );
}

function LoadedReport(props: { ownerId: string }) {
  const report = useOwnReport(props.ownerId);
  // Mounted once the stored report is known, so the draft starts from it.
  return (
    <Loaded result={report}>
      {(value) => <ReportEditor ownerId={props.ownerId} report={value} />}
    </Loaded>
  );
}

function ReportEditor(props: { ownerId: string; report: OwnReportRecord | undefined }) {
  const t = useMessages(trajectoryMessages);
  const { language, dateTime } = useI18n();
  const errorText = useErrorText();
  const draft = useDraft<ReportForm>(REPORT_DRAFT, () => reportToForm(props.report));
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  // The id of a report created from this screen, before the live query has caught up.
  const created = useRef<string | undefined>(undefined);
  const form = draft.value;
  const tooLong = new Set(tooLongAnswers(form));
  const setAnswer = (key: string, text: string) =>
    draft.set((previous) => ({ ...previous, answers: { ...previous.answers, [key]: text } }));

  const save = async (event: Event) => {
    event.preventDefault();
    setStatus('');
    setError('');
    // The question as stored now: it is written on the trajectory page, not in this form.
    const sections = formToSections(form, language, props.report);
    const id = props.report?.id ?? created.current;
    if (tooLong.size > 0) return;
    if (!id && sections.length === 0) {
      setError(t('ownReport.empty'));
      return;
    }
    setBusy(true);
    try {
      const repository = new Repository('ownReports');
      const privacy = { private: form.private ? true : undefined };
      if (id) await repository.update(id, { sections, ...privacy });
      else {
        const record = await repository.create(props.ownerId, {
          sections,
          ...(form.private ? { private: true } : {}),
        });
        created.current = record.id;
      }
      await draft.clear();
      setStatus(t('ownReport.saved'));
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={save} noValidate>
      <p class="muted">
        {t('ownReport.draftKept')}{' '}
        {props.report
          ? t('ownReport.lastSaved', { date: dateTime(props.report.updatedAt) })
          : t('ownReport.notSaved')}
      </p>
      <StartingQuestion question={questionOf(props.report)} />
      <div class="report-section">
        <Field
          id={`report-${STORY_PROMPT.key}`}
          label={STORY_PROMPT[language]}
          hint={t('ownReport.story.hint')}
          error={tooLong.has(STORY_PROMPT.key) ? t('ownReport.tooLong') : undefined}
        >
          {(control) => (
            <textarea
              {...control}
              class="report-story"
              value={form.answers[STORY_PROMPT.key] ?? ''}
              onInput={(event) => setAnswer(STORY_PROMPT.key, event.currentTarget.value)}
            />
          )}
        </Field>
      </div>
      <h2>{t('ownReport.prompts')}</h2>
      {REPORT_PROMPTS.map((prompt, index) => (
        <div class="report-section" key={prompt.key}>
          <Field
            id={`report-${prompt.key}`}
            label={`${index + 1}. ${prompt[language]}`}
            error={tooLong.has(prompt.key) ? t('ownReport.tooLong') : undefined}
          >
            {(control) => (
              <textarea
                {...control}
                value={form.answers[prompt.key] ?? ''}
                onInput={(event) => setAnswer(prompt.key, event.currentTarget.value)}
              />
            )}
          </Field>
        </div>
      ))}
      {form.extra.map((section, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: extra sections are stored without an id; the fields are controlled and their ids follow the position.
        <div class="report-section" key={index}>
          <Field id={`report-extra-${index}`} label={section.prompt || t('ownReport.extra')}>
            {(control) => (
              <textarea
                {...control}
                value={section.text}
                onInput={(event) => {
                  const text = event.currentTarget.value;
                  draft.set((previous) => ({
                    ...previous,
                    extra: previous.extra.map((item, at) =>
                      at === index ? { ...item, text } : item,
                    ),
                  }));
                }}
              />
            )}
          </Field>
        </div>
      ))}
      <label class="check-item">
        <input
          type="checkbox"
          checked={form.private}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            draft.set((previous) => ({ ...previous, private: checked }));
          }}
        />
        <span>{t('ownReport.private')}</span>
      </label>
      <FormOutcome error={error} status={status}>
        <div class="actions">
          <button type="submit" class="button primary" disabled={busy || !draft.ready}>
            {t('ownReport.save')}
          </button>
        </div>
      </FormOutcome>
    </form>
  );
}

/** The starting question at the report's top, to look back on (read-only here). */
function StartingQuestion(props: { question: string }) {
  const t = useMessages(trajectoryMessages);
  const { language } = useI18n();
  return (
    <section class="report-question" aria-labelledby="report-question-title">
      <h2 id="report-question-title">{QUESTION_PROMPT[language]}</h2>
      {props.question ? (
        <>
          <p class="pre-line question-text" data-testid="report-question">
            {props.question}
          </p>
          <p class="muted">{t('ownReport.question.lookBack')}</p>
        </>
      ) : (
        <p class="muted">{t('ownReport.question.none')}</p>
      )}
      <p>
        <a href="/trajectory#my-question">
          {t(props.question ? 'ownReport.question.change' : 'ownReport.question.write')}
        </a>
      </p>
    </section>
  );
}

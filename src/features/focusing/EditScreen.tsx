// Edit a stored session, all fields on one page; the draft autosaves until saved.
import { useLocation, useRoute } from 'preact-iso';
import { useLiveQuery } from '../../db/live';
import { fieldsFromForm, formFromRecord } from '../../domain/focusing/form';
import type { FocusingSessionRecord } from '../../domain/records';
import { useMessages } from '../../i18n/context';
import { FullForm } from './components/FullForm';
import { MissingSession } from './components/MissingSession';
import { sessionRepository } from './data';
import { focusingMessages } from './messages';
import { useSessionForm } from './use-session-form';
import './focusing.css';
import { isLive } from '../../domain/records/live';

/** The edit screen of one session. */
export default function EditScreen() {
  const t = useMessages(focusingMessages);
  const { params } = useRoute();
  const id = params.id ?? '';
  // Read once: the form must not be replaced while the user edits it.
  const record = useLiveQuery(() => sessionRepository.get(id), [id]);
  return (
    <section aria-labelledby="edit-title" class="focusing">
      <h1 id="edit-title">{t('focusing.edit.title')}</h1>
      {record.status === 'ready' &&
        (record.value && isLive(record.value) ? (
          <EditForm record={record.value} />
        ) : (
          <MissingSession />
        ))}
    </section>
  );
}

function EditForm(props: { record: FocusingSessionRecord }) {
  const t = useMessages(focusingMessages);
  const { route } = useLocation();
  const { record } = props;
  const { draft, patch, errors, failure, busy, save } = useSessionForm(
    `focusing:edit:${record.id}`,
    () => formFromRecord(record),
    async (form) => {
      await sessionRepository.update(
        record.id,
        fieldsFromForm(form, {
          mode: record.mode,
          status: record.status,
          currentStep: record.currentStep,
        }),
      );
      return record.id;
    },
  );

  return (
    <form onSubmit={save} noValidate>
      <FullForm form={draft.value} patch={patch} errors={errors} />
      <p role="alert" class="field-error">
        {failure}
      </p>
      <div class="actions">
        <button type="submit" class="button primary" disabled={busy || !draft.ready}>
          {t('focusing.edit.save')}
        </button>
        <button
          type="button"
          class="button"
          onClick={() => void draft.clear().then(() => route(`/focusing/${record.id}`))}
        >
          {t('focusing.edit.discard')}
        </button>
      </div>
    </form>
  );
}

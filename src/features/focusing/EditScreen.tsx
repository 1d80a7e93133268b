// Edit a stored session, all fields on one page; the draft autosaves until saved.
import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { useLiveQuery } from '../../db/live';
import { toAppError } from '../../domain/errors';
import {
  type FormErrors,
  fieldsFromForm,
  formFromRecord,
  type SessionForm,
  validateForm,
} from '../../domain/focusing/form';
import type { FocusingSessionRecord } from '../../domain/records';
import { useI18n, useMessages } from '../../i18n/context';
import { errorMessageKey } from '../../ui/error-message';
import { showToast } from '../../ui/toasts';
import { useDraft } from '../../ui/use-draft';
import { FullForm } from './components/FullForm';
import { MissingSession } from './components/MissingSession';
import { sessionRepository } from './data';
import { focusingMessages } from './messages';
import './focusing.css';

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
        (record.value && !record.value.deletedAt ? (
          <EditForm record={record.value} />
        ) : (
          <MissingSession />
        ))}
    </section>
  );
}

function EditForm(props: { record: FocusingSessionRecord }) {
  const t = useMessages(focusingMessages);
  const { t: tApp } = useI18n();
  const { route } = useLocation();
  const { record } = props;
  const draft = useDraft<SessionForm>(`focusing:edit:${record.id}`, () => formFromRecord(record));
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const patch = (changes: Partial<SessionForm>) => draft.set((form) => ({ ...form, ...changes }));

  const save = async (event: Event) => {
    event.preventDefault();
    const found = validateForm(draft.value);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(found.occurredAt ? 'occurred-at' : 'duration')?.focus();
      return;
    }
    setBusy(true);
    setFailure('');
    try {
      await sessionRepository.update(
        record.id,
        fieldsFromForm(draft.value, {
          mode: record.mode,
          status: record.status,
          currentStep: record.currentStep,
        }),
      );
      await draft.clear();
      showToast({ id: 'focusing-saved', text: t('focusing.saved') });
      route(`/focusing/${record.id}`);
    } catch (error) {
      setFailure(tApp(errorMessageKey[toAppError(error).kind]));
    } finally {
      setBusy(false);
    }
  };

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

// Quick log: record a session done elsewhere (for example with the coach). Only the date is
// required; the draft autosaves until the log is saved.
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useSettings } from '../../app/settings-context';
import { toAppError } from '../../domain/errors';
import {
  compact,
  emptyForm,
  type FormErrors,
  fieldsFromForm,
  type SessionForm,
  validateForm,
} from '../../domain/focusing/form';
import { useI18n, useMessages } from '../../i18n/context';
import { errorMessageKey } from '../../ui/error-message';
import { showToast } from '../../ui/toasts';
import { useDraft } from '../../ui/use-draft';
import { FullForm } from './components/FullForm';
import { sessionRepository } from './data';
import { focusingMessages } from './messages';
import './focusing.css';

/** The quick-log screen. */
export default function QuickLogScreen() {
  const t = useMessages(focusingMessages);
  const { t: tApp } = useI18n();
  const { route } = useLocation();
  const owner = useSettings().settings.profileId;
  const draft = useDraft<SessionForm>('focusing:quick', () => emptyForm(new Date()));
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
    if (!owner) return;
    setBusy(true);
    setFailure('');
    try {
      const record = await sessionRepository.create(
        owner,
        compact(fieldsFromForm(draft.value, { mode: 'quick', status: 'done' })),
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
    <section aria-labelledby="quick-title" class="focusing">
      <h1 id="quick-title">{t('focusing.quick.title')}</h1>
      <p>{t('focusing.quick.intro')}</p>
      <form onSubmit={save} noValidate>
        <FullForm form={draft.value} patch={patch} errors={errors} />
        <p role="alert" class="field-error">
          {failure}
        </p>
        <div class="actions">
          <button type="submit" class="button primary" disabled={busy || !draft.ready}>
            {t('focusing.quick.save')}
          </button>
          <a class="button" href="/focusing">
            {t('focusing.cancel')}
          </a>
        </div>
      </form>
    </section>
  );
}

// The state and save step shared by the quick log and the edit screen: an autosaved draft,
// validation with focus on the first wrong field, and a save that clears the draft and opens
// the saved session.
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { type FormErrors, type SessionForm, validateForm } from '../../domain/focusing/form';
import { useMessages } from '../../i18n/context';
import { useErrorText } from '../../ui/error-message';
import { showToast } from '../../ui/toasts';
import { useDraft } from '../../ui/use-draft';
import { focusingMessages } from './messages';

/** A session form under `draftKey`; `persist` stores it and returns the session's id. */
export function useSessionForm(
  draftKey: string,
  initial: () => SessionForm,
  persist: (form: SessionForm) => Promise<string | undefined>,
) {
  const t = useMessages(focusingMessages);
  const errorText = useErrorText();
  const { route } = useLocation();
  const draft = useDraft<SessionForm>(draftKey, initial);
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
      const id = await persist(draft.value);
      if (id === undefined) return;
      await draft.clear();
      showToast({ id: 'focusing-saved', text: t('focusing.saved') });
      route(`/focusing/${id}`);
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return { draft, patch, errors, failure, busy, save };
}

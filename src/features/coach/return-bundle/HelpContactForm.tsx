// The coach's own contact and local help for the client's help page, written once per client
// and sent with every bundle back. Plain text, shown beside the crisis numbers; the form is a
// draft (autosaved) like the coach's other forms.
import { useEffect, useState } from 'preact/hooks';
import { clientDraftPrefix } from '../../../db/clients';
import { HELP_CONTACT_MAX, type HelpContactRecord } from '../../../domain/records';
import { useMessages } from '../../../i18n/context';
import { useErrorText } from '../../../ui/error-message';
import { Field } from '../../../ui/Field';
import { FormOutcome } from '../../../ui/FormOutcome';
import { useDraft } from '../../../ui/use-draft';
import { latestContactText, saveHelpContact } from './help-contacts';
import { returnBundleMessages } from './messages';

/** The form's draft: undefined text means "not edited", so the stored text shows. */
interface HelpContactDraft {
  text?: string | undefined;
}

/** The help-page contact form for `clientId`; `current` is the live stored contact. */
export function HelpContactForm(props: {
  ownerId: string;
  clientId: string;
  current: HelpContactRecord | undefined;
}) {
  const t = useMessages(returnBundleMessages);
  const errorText = useErrorText();
  const draft = useDraft<HelpContactDraft>(
    `${clientDraftPrefix(props.clientId)}help-contact`,
    () => ({}),
  );
  const [latest, setLatest] = useState<string | undefined>(undefined);
  const [submitted, setSubmitted] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const text = draft.value.text ?? props.current?.text ?? '';

  // Offer the text written for another client: a coach's number rarely changes per client.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `props.current` is a trigger: after a save the latest text may have changed, so it is looked up again.
  useEffect(() => {
    let live = true;
    void latestContactText(props.ownerId).then((found) => live && setLatest(found));
    return () => {
      live = false;
    };
  }, [props.ownerId, props.current]);

  const textError =
    text.length > HELP_CONTACT_MAX
      ? t('coach.help.tooLong')
      : submitted && text.trim() === '' && !props.current
        ? t('coach.help.empty')
        : '';

  const save = async () => {
    setSubmitted(true);
    setStatus('');
    setError('');
    if (text.length > HELP_CONTACT_MAX || (text.trim() === '' && !props.current) || busy) return;
    setBusy(true);
    try {
      const done = await saveHelpContact(props.ownerId, props.clientId, text, props.current);
      draft.set({});
      await draft.clear();
      setSubmitted(false);
      setStatus(done === 'saved' ? t('coach.help.saved') : t('coach.help.removed'));
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="coach-form"
      aria-labelledby="help-contact-title"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id="help-contact-title" class="small-heading">
        {t('coach.help.title')}
      </h3>
      <p>{t('coach.help.explain')}</p>
      <Field
        id="help-contact"
        label={t('coach.help.label')}
        hint={t('coach.help.hint')}
        error={textError}
      >
        {(control) => (
          <textarea
            {...control}
            rows={4}
            value={text}
            readOnly={busy}
            onInput={(event) => {
              const value = event.currentTarget.value;
              draft.set({ text: value });
              setStatus('');
            }}
          />
        )}
      </Field>
      <div class="actions">
        {!props.current && text === '' && latest && (
          <button type="button" class="button" onClick={() => draft.set({ text: latest })}>
            {t('coach.help.reuse')}
          </button>
        )}
        <button type="submit" class="button primary" disabled={busy}>
          {t('coach.help.save')}
        </button>
      </div>
      <FormOutcome error={error} status={status} />
    </form>
  );
}

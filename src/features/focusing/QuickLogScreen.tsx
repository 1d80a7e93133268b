// Quick log: record a session done elsewhere (for example with the coach). Only the date is
// required; the draft autosaves until the log is saved. The form is short (QuickForm).

import { compact, emptyForm, fieldsFromForm } from '../../domain/focusing/form';
import { useMessages } from '../../i18n/context';
import { useSettings } from '../../services/settings-context';
import { QuickForm } from './components/QuickForm';
import { sessionRepository } from './data';
import { focusingMessages } from './messages';
import { useSessionForm } from './use-session-form';
import './focusing.css';

/** The quick-log screen. */
export default function QuickLogScreen() {
  const t = useMessages(focusingMessages);
  const owner = useSettings().settings.profileId;
  const { draft, patch, errors, failure, busy, save } = useSessionForm(
    'focusing:quick',
    () => emptyForm(new Date()),
    async (form) =>
      owner
        ? (
            await sessionRepository.create(
              owner,
              compact(fieldsFromForm(form, { mode: 'quick', status: 'done' })),
            )
          ).id
        : undefined,
  );

  return (
    <section aria-labelledby="quick-title" class="focusing">
      <h1 id="quick-title">{t('focusing.quick.title')}</h1>
      <p>{t('focusing.quick.intro')}</p>
      <form onSubmit={save} noValidate>
        <QuickForm form={draft.value} patch={patch} errors={errors} />
        <p role="alert" class="field-error">
          {failure}
        </p>
        {/* The save bar stays in view while the form scrolls by, as on the diary form. */}
        <div class="actions save-bar">
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

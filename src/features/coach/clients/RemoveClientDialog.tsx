// Confirms removing a client, naming exactly what will be deleted (counted beforehand).
import { useEffect, useRef, useState } from 'preact/hooks';
import { planRemoval, type RemovalPlan, removeClient } from '../../../db/clients';
import { recordTypes } from '../../../domain/records/types';
import { useMessages } from '../../../i18n/context';
import { useErrorText } from '../../../ui/error-message';
import { showToast } from '../../../ui/toasts';
import { typeLabel } from '../labels';
import { clientsMessages } from './messages';

/** A modal dialog that removes the client after confirmation. */
export function RemoveClientDialog(props: {
  clientId: string;
  name: string;
  onClose: () => void;
  onRemoved?: () => void;
}) {
  const t = useMessages(clientsMessages);
  const errorText = useErrorText();
  const dialog = useRef<HTMLDialogElement>(null);
  const [plan, setPlan] = useState<RemovalPlan | undefined>();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: opens the dialog and counts once per client; `tApp` only words a failure, and a language change must not reopen the dialog or count again.
  useEffect(() => {
    dialog.current?.showModal();
    void planRemoval(props.clientId)
      .then(setPlan)
      .catch((caught) => setError(errorText(caught)));
  }, [props.clientId]);

  const remove = async () => {
    setBusy(true);
    try {
      await removeClient(props.clientId);
      showToast({ id: 'coach-removed', text: t('coach.remove.done', { name: props.name }) });
      dialog.current?.close();
      props.onRemoved?.();
    } catch (caught) {
      setError(errorText(caught));
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      class="coach-dialog"
      aria-labelledby="remove-title"
      aria-describedby="remove-explain"
      onClose={props.onClose}
    >
      <h2 id="remove-title">{t('coach.remove.title', { name: props.name })}</h2>
      <p id="remove-explain">{t('coach.remove.explain')}</p>
      {plan ? (
        <ul>
          {recordTypes
            .filter((type) => (plan[type] ?? 0) > 0)
            .map((type) => (
              <li key={type}>
                {t(typeLabel[type])}: {plan[type]}
              </li>
            ))}
          <li>
            {t('coach.remove.imports')}: {plan.importLog ?? 0}
          </li>
        </ul>
      ) : (
        <p class="muted">{t('coach.loading')}</p>
      )}
      <p>
        <strong>{t('coach.remove.final')}</strong>
      </p>
      {error && (
        <p role="alert" class="field-error">
          {error}
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          class="button danger"
          disabled={busy || !plan}
          onClick={() => void remove()}
        >
          {t('coach.remove.confirm')}
        </button>
        <button type="button" class="button" onClick={() => dialog.current?.close()}>
          {t('coach.cancel')}
        </button>
      </div>
    </dialog>
  );
}

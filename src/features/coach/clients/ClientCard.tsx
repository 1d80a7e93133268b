// One client in the list: name, last bundle, counts, last import's changes, and actions.
import { useRef, useState } from 'preact/hooks';
import {
  type ClientListItem,
  clientName,
  clientRecordTypes,
  renameClient,
  setArchived,
} from '../../../db/clients';
import { useI18n, useMessages } from '../../../i18n/context';
import { useErrorText } from '../../../ui/error-message';
import { typeLabel } from '../labels';
import { ChangeLine } from './ChangeLine';
import { clientsMessages } from './messages';
import { RemoveClientDialog } from './RemoveClientDialog';

/** A client's card with rename, archive and remove. */
export function ClientCard(props: { item: ClientListItem }) {
  const t = useMessages(clientsMessages);
  const { dateTime } = useI18n();
  const errorText = useErrorText();
  const { client, counts, latest } = props.item;
  const name = clientName(client);
  const [renaming, setRenaming] = useState(false);
  const [alias, setAlias] = useState(client.alias ?? '');
  const [error, setError] = useState('');
  // Open plus a key: closing and reopening quickly (Escape, then Enter) can fall into one
  // render; a new key still mounts a fresh dialog that opens itself again.
  const [removing, setRemoving] = useState({ open: false, key: 0 });
  const removeButton = useRef<HTMLButtonElement>(null);
  const headingId = `client-${client.id}`;
  const aliasError = alias.length > 100 ? t('coach.rename.tooLong') : '';

  const run = async (work: () => Promise<unknown>) => {
    setError('');
    try {
      await work();
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  return (
    <article class="coach-card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <a href={`/coach/clients/${client.id}`}>{name}</a>
      </h2>
      {client.alias && (
        <p class="muted">{t('coach.clients.bundleName', { name: client.displayName })}</p>
      )}
      {client.archivedAt && <p class="badge">{t('coach.clients.archived')}</p>}
      {client.example && <p class="badge">{t('coach.clients.example')}</p>}
      <p>{t('coach.clients.lastBundle', { date: dateTime(client.lastBundleAt) })}</p>
      <dl class="counts">
        {clientRecordTypes
          .filter((type) => type !== 'affectLists')
          .map((type) => (
            <div key={type}>
              <dt>{t(typeLabel[type])}</dt>
              <dd>{counts[type] ?? 0}</dd>
            </div>
          ))}
      </dl>
      <h3 class="small-heading">{t('coach.changes.sincePrevious')}</h3>
      <ChangeLine log={latest} />
      {renaming ? (
        <form
          class="field"
          onSubmit={(event) => {
            event.preventDefault();
            if (aliasError) return;
            void run(async () => {
              await renameClient(client.id, alias);
              setRenaming(false);
            });
          }}
        >
          <label for={`alias-${client.id}`}>{t('coach.rename.label')}</label>
          <p id={`alias-hint-${client.id}`} class="hint">
            {t('coach.rename.hint', { name: client.displayName })}
          </p>
          <input
            id={`alias-${client.id}`}
            type="text"
            value={alias}
            aria-invalid={aliasError ? true : undefined}
            aria-describedby={`alias-hint-${client.id}${aliasError ? ` alias-error-${client.id}` : ''}`}
            onInput={(event) => setAlias(event.currentTarget.value)}
          />
          {aliasError && (
            <p id={`alias-error-${client.id}`} class="field-error">
              {aliasError}
            </p>
          )}
          <div class="actions">
            <button type="submit" class="button primary">
              {t('coach.rename.save')}
            </button>
            <button type="button" class="button" onClick={() => setRenaming(false)}>
              {t('coach.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div class="actions">
          <a
            class="button primary"
            href={`/coach/clients/${client.id}`}
            aria-label={`${t('coach.clients.open')}: ${name}`}
          >
            {t('coach.clients.open')}
          </a>
          <button
            type="button"
            class="button"
            onClick={() => setRenaming(true)}
            aria-label={`${t('coach.rename.action')}: ${name}`}
          >
            {t('coach.rename.action')}
          </button>
          <button
            type="button"
            class="button"
            onClick={() => void run(() => setArchived(client.id, client.archivedAt === undefined))}
            aria-label={`${client.archivedAt ? t('coach.clients.unarchive') : t('coach.clients.archive')}: ${name}`}
          >
            {client.archivedAt ? t('coach.clients.unarchive') : t('coach.clients.archive')}
          </button>
          <button
            type="button"
            class="button danger"
            ref={removeButton}
            onClick={() => setRemoving((r) => ({ open: true, key: r.key + 1 }))}
            aria-label={`${t('coach.remove.action')}: ${name}`}
          >
            {t('coach.remove.action')}
          </button>
        </div>
      )}
      {error && (
        <p role="alert" class="field-error">
          {error}
        </p>
      )}
      {removing.open && (
        <RemoveClientDialog
          key={removing.key}
          clientId={client.id}
          name={name}
          onClose={() => {
            // The native close event can arrive after the dialog was opened again: only the
            // dialog this closure belongs to may close the state.
            const closing = removing.key;
            setRemoving((r) => (r.key === closing ? { ...r, open: false } : r));
            removeButton.current?.focus();
          }}
        />
      )}
    </article>
  );
}

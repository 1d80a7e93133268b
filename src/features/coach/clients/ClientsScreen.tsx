// The coach's clients: everyone known from imported bundles, with the date of their last
// bundle, counts, and what the last import changed; rename, archive and remove.
import { useEffect, useState } from 'preact/hooks';
import { clientName, listClients } from '../../../db/clients';
import { useLiveQuery } from '../../../db/live';
import { foldText } from '../../../domain/coach/notes-search';
import { useI18n, useMessages } from '../../../i18n/context';
import { errorMessageKey } from '../../../ui/error-message';
import { TryExample } from '../../share/public';
import { CoachLinks } from '../CoachLinks';
import { ClientCard } from './ClientCard';
import { clientsMessages } from './messages';
import { type ClientOrder, clientOrders, sortClients } from './sort-clients';
import '../coach.css';

/** Runs `task` when the main thread is idle (soon after, where idle callbacks are missing). */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 2_000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 200);
  return () => clearTimeout(id);
}

const orderLabel = {
  name: 'coach.clients.order.name',
  lastImport: 'coach.clients.order.lastImport',
  newMaterial: 'coach.clients.order.newMaterial',
} as const;

/** The clients list at /coach. */
export default function ClientsScreen() {
  const t = useMessages(clientsMessages);
  const { t: tApp, language } = useI18n();
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<ClientOrder>('name');
  const [showArchived, setShowArchived] = useState(false);
  const result = useLiveQuery(() => listClients(), []);
  // Opening a client is what comes next: load its page's code while the coach reads the list.
  useEffect(() => whenIdle(() => void import('./ClientScreen')), []);

  const items = result.status === 'ready' ? result.value : [];
  const words = foldText(query).split(/\s+/).filter(Boolean);
  const shown = items
    .filter((item) => showArchived || item.client.archivedAt === undefined)
    .filter((item) => {
      const name = foldText(`${clientName(item.client)} ${item.client.displayName}`);
      return words.every((word) => name.includes(word));
    });
  const sorted = sortClients(shown, order, language);
  const archivedCount = items.filter((item) => item.client.archivedAt !== undefined).length;

  return (
    <section aria-labelledby="clients-title" class="coach">
      <h1 id="clients-title">{t('coach.clients.title')}</h1>
      <CoachLinks />
      <div class="coach-filters">
        <div class="field">
          <label for="client-search">{t('coach.clients.search')}</label>
          <input
            id="client-search"
            type="search"
            value={query}
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="client-order">{t('coach.clients.order')}</label>
          <select
            id="client-order"
            value={order}
            onChange={(event) => setOrder(event.currentTarget.value as ClientOrder)}
          >
            {clientOrders.map((value) => (
              <option key={value} value={value}>
                {t(orderLabel[value])}
              </option>
            ))}
          </select>
        </div>
        <label class="choice">
          <input
            type="checkbox"
            checked={showArchived}
            onChange={(event) => setShowArchived(event.currentTarget.checked)}
          />
          <span>{t('coach.clients.showArchived', { count: archivedCount })}</span>
        </label>
      </div>
      {result.status === 'error' && (
        <p role="alert" class="field-error">
          {tApp(errorMessageKey[result.error.kind])}
        </p>
      )}
      <p role="status" class="muted">
        {result.status === 'ready'
          ? items.length === 0
            ? t('coach.clients.none')
            : t('coach.clients.shown', { shown: shown.length, total: items.length })
          : ''}
      </p>
      {result.status === 'ready' && items.length === 0 && <TryExample />}
      <ul class="coach-list" aria-labelledby="clients-title">
        {sorted.map((item) => (
          <li key={item.client.id}>
            <ClientCard item={item} />
          </li>
        ))}
      </ul>
    </section>
  );
}

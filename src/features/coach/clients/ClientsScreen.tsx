// The coach's clients: everyone known from imported bundles, with the date of their last
// bundle, counts, and what the last import changed; search as the coach types, three orders;
// rename, archive and remove. Archived clients wait folded away under "Archived (n)".
import { useEffect, useState } from 'preact/hooks';
import { type ClientListItem, listClients } from '../../../db/clients';
import { useLiveQuery } from '../../../db/live';
import { useI18n, useMessages } from '../../../i18n/context';
import { whenIdle } from '../../../ui/idle';
import { LiveError } from '../../../ui/LiveGate';
import { TryExample } from '../../share/public';
import { CoachLinks } from '../CoachLinks';
import { ClientCard } from './ClientCard';
import { splitClients } from './filter-clients';
import { clientsMessages } from './messages';
import { type ClientOrder, clientOrders, sortClients } from './sort-clients';
import '../coach.css';

const orderLabel = {
  name: 'coach.clients.order.name',
  lastImport: 'coach.clients.order.lastImport',
  newMaterial: 'coach.clients.order.newMaterial',
} as const;

/** The clients list at /coach. */
export default function ClientsScreen() {
  const t = useMessages(clientsMessages);
  const { language } = useI18n();
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<ClientOrder>('name');
  const result = useLiveQuery(() => listClients(), []);
  // Opening a client is what comes next: load its page's code while the coach reads the list.
  useEffect(() => whenIdle(() => void import('./ClientScreen')), []);

  const items = result.status === 'ready' ? result.value : [];
  const split = splitClients(items, query);
  const searching = query.trim() !== '';
  const noMatch = searching && split.active.length + split.archived.length === 0;
  const cards = (list: readonly ClientListItem[]) => (
    <>
      {sortClients(list, order, language).map((item) => (
        <li key={item.client.id}>
          <ClientCard item={item} />
        </li>
      ))}
    </>
  );

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
      </div>
      <LiveError result={result} />
      <p role="status" class="muted">
        {result.status === 'ready'
          ? items.length === 0
            ? t('coach.clients.none')
            : noMatch
              ? t('coach.clients.noMatch', { query: query.trim() })
              : t('coach.clients.shown', { shown: split.active.length, total: items.length })
          : ''}
      </p>
      {result.status === 'ready' && items.length === 0 && <TryExample />}
      <ul class="coach-list" aria-labelledby="clients-title">
        {cards(split.active)}
      </ul>
      {split.archived.length > 0 && (
        // Open while searching: a match among the archived clients must not hide in a fold.
        <details class="coach-details coach-archived" open={searching || undefined}>
          <summary>{t('coach.clients.archivedList', { count: split.archived.length })}</summary>
          <ul class="coach-list" aria-label={t('coach.clients.archived')}>
            {cards(split.archived)}
          </ul>
        </details>
      )}
    </section>
  );
}

// The coach's Today: the first steps while there is no client (with the example client to look
// around), then the clients with the newest files first and what each file brought.
import { type ClientListItem, clientName, listClients } from '../../db/clients';
import { getCoachIdentity } from '../../db/keys';
import { useLiveQuery } from '../../db/live';
import { summarizeChanges } from '../../domain/coach/changes';
import { useI18n, useMessages } from '../../i18n/context';
import { TryExample } from '../share/public';
import { coachHomeMessages } from './coach-messages';

/** How many clients Today lists before "All clients". */
const SHOWN = 6;

const newSinceKey = {
  one: 'home.coach.newSince.one',
  other: 'home.coach.newSince.other',
} as const;

/** What the coach's Today reads: the clients and whether the coach has a key. */
async function loadCoachHome(): Promise<{ clients: ClientListItem[]; hasKey: boolean }> {
  const [clients, key] = await Promise.all([listClients(), getCoachIdentity()]);
  return { clients, hasKey: key?.backedUpAt != null };
}

/** The coach's part of Today. */
export function CoachHome() {
  const t = useMessages(coachHomeMessages);
  const { language, dateTime } = useI18n();
  const data = useLiveQuery(loadCoachHome, []);
  if (data.status !== 'ready') return null;
  const { clients, hasKey } = data.value;
  if (clients.length === 0) {
    return (
      <>
        <section aria-labelledby="coach-start">
          <h2 id="coach-start">{t('home.coach.startTitle')}</h2>
          <ol class="home-steps">
            <li>
              {hasKey ? t('home.coach.stepKeyDone') : t('home.coach.stepKey')}{' '}
              <a href="/share/keys">{t('home.coach.keysLink')}</a>
            </li>
            <li>{t('home.coach.stepCode')}</li>
            <li>
              {t('home.coach.stepImport')} <a href="/share/import">{t('home.coach.importLink')}</a>
            </li>
          </ol>
        </section>
        <section aria-labelledby="coach-example">
          <h2 id="coach-example">{t('home.coach.exampleTitle')}</h2>
          <TryExample />
        </section>
      </>
    );
  }
  // Archived clients rest: Today shows the ones the coach works with (the list has the others).
  const newest = clients
    .filter((item) => item.client.archivedAt === undefined)
    .sort((a, b) =>
      (b.latest?.importedAt ?? b.client.lastImportAt).localeCompare(
        a.latest?.importedAt ?? a.client.lastImportAt,
      ),
    );
  const plural = new Intl.PluralRules(language);
  return (
    <section aria-labelledby="coach-clients">
      <h2 id="coach-clients">{t('home.coach.clientsTitle')}</h2>
      <ul class="home-list">
        {newest.slice(0, SHOWN).map((item) => {
          const count = item.latest ? summarizeChanges(item.latest).total : 0;
          const date = dateTime(item.latest?.bundleCreatedAt ?? item.client.lastBundleAt, false);
          const key = newSinceKey[plural.select(count) === 'one' ? 'one' : 'other'];
          return (
            <li key={item.client.id}>
              <a href={`/coach/clients/${item.client.id}`}>{clientName(item.client)}</a>
              {item.client.example && <span class="badge">{t('home.coach.example')}</span>}{' '}
              <span class="muted">
                {count > 0 ? t(key, { count, date }) : t('home.coach.nothingNew', { date })}
              </span>
            </li>
          );
        })}
      </ul>
      <p>
        <a href="/coach">{t('home.coach.allClients', { count: newest.length })}</a>
      </p>
    </section>
  );
}

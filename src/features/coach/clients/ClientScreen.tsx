// One client's overview: who they are, since when and when the last file came, what that file
// brought (grouped per record type), the open assignments, and a link to each part of their
// page: diary, self-investigations, focusing, themes, the coach's notes, assignments and
// question sets, the bundle back and the report. Each part is a page of its own, so the
// overview stays short whatever the client wrote.
import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { clientName } from '../../../db/clients';
import { openAssignments } from '../../../domain/coach/open-assignments';
import { dayKeyOf, storedDay } from '../../../domain/dates';
import { useI18n, useMessages } from '../../../i18n/context';
import { pluralForm } from '../../../i18n/translate';
import { ExampleClientBanner } from '../../share/public';
import { ClientCrumbs } from '../ClientCrumbs';
import { CoachLinks } from '../CoachLinks';
import type { ClientPageData } from '../queries';
import { UnknownClient } from '../UnknownClient';
import { type ClientView, WithClientData } from './client-data';
import { clientsMessages } from './messages';
import { NewSinceImport } from './NewSinceImport';
import { partsMessages } from './parts-messages';
import { RemoveClientDialog } from './RemoveClientDialog';
import '../coach.css';

/** How many open assignments the overview names. */
const NEXT_ASSIGNMENTS = 3;

/** The client overview at /coach/clients/:id. */
export default function ClientScreen() {
  const { params } = useRoute();
  const id = params.id ?? '';
  return (
    <WithClientData clientId={id} unknown={<UnknownClient />}>
      {(view) => <Overview {...view} />}
    </WithClientData>
  );
}

type Countable = 'diary' | 'zkm' | 'focusing' | 'themes' | 'notes' | 'assignments' | 'send';

const countKey = {
  diary: { one: 'coach.part.diary.one', other: 'coach.part.diary.other' },
  zkm: { one: 'coach.part.zkm.one', other: 'coach.part.zkm.other' },
  focusing: { one: 'coach.part.focusing.one', other: 'coach.part.focusing.other' },
  themes: { one: 'coach.part.themes.one', other: 'coach.part.themes.other' },
  notes: { one: 'coach.part.notes.one', other: 'coach.part.notes.other' },
  assignments: { one: 'coach.part.assignments.one', other: 'coach.part.assignments.other' },
  send: { one: 'coach.part.send.one', other: 'coach.part.send.other' },
} as const;

const partName = {
  diary: 'coach.part.diary',
  zkm: 'coach.part.zkm',
  focusing: 'coach.part.focusing',
  themes: 'coach.part.themes',
  notes: 'coach.part.notes',
  assignments: 'coach.part.assignments',
  send: 'coach.part.send',
} as const;

/** The path of each part under the client, and the count beside its link. */
function partCounts(data: ClientPageData): { part: Countable; path: string; count: number }[] {
  return [
    { part: 'diary', path: 'diary', count: data.counts.diaryEntries ?? 0 },
    { part: 'zkm', path: 'zkm', count: data.investigations.length },
    { part: 'focusing', path: 'focusing', count: data.counts.focusingSessions ?? 0 },
    { part: 'themes', path: 'themes', count: data.themes.length },
    { part: 'notes', path: 'notes', count: data.notes.length },
    { part: 'assignments', path: 'assignments', count: data.assignments.length },
    {
      part: 'send',
      path: 'send',
      count: data.notes.filter((n) => n.visibility === 'client').length,
    },
  ];
}

function Overview({ data }: ClientView) {
  const t = useMessages(partsMessages);
  const tc = useMessages(clientsMessages);
  const { dateTime, day, language } = useI18n();
  const { route } = useLocation();
  const clientId = data.client.id;
  const name = clientName(data.client);
  // Open plus a key: closing and reopening quickly (Escape, then Enter) can fall into one
  // render; a new key still mounts a fresh dialog that opens itself again.
  const [removing, setRemoving] = useState({ open: false, key: 0 });
  const open = openAssignments(data.assignments, dayKeyOf(new Date()));
  const base = `/coach/clients/${clientId}`;

  return (
    <article aria-labelledby="client-title" class="coach coach-overview">
      <ClientCrumbs clientId={clientId} name={name} />
      <h1 id="client-title">{name}</h1>
      {data.client.example && <ExampleClientBanner clientId={clientId} />}
      <p class="muted">
        {t('coach.part.since', { date: dateTime(data.client.firstImportAt, false) })}
        {' · '}
        {t('coach.part.lastImport', { date: dateTime(data.client.lastImportAt) })}
        {' · '}
        {tc('coach.clients.lastBundle', { date: dateTime(data.client.lastBundleAt) })}
        {data.client.archivedAt && ` · ${tc('coach.clients.archived')}`}
      </p>
      <CoachLinks />
      <nav aria-labelledby="parts-title" class="coach-parts">
        <h2 id="parts-title" class="visually-hidden">
          {t('coach.part.pages')}
        </h2>
        <ul>
          {partCounts(data).map(({ part, path, count }) => (
            <li key={part} class="coach-part">
              <a class="coach-part-link" href={`${base}/${path}`}>
                {t(partName[part])}
              </a>
              <span class="muted">{t(countKey[part][pluralForm(language, count)], { count })}</span>
            </li>
          ))}
          <li class="coach-part">
            <a class="coach-part-link" href={`${base}/report`}>
              {t('coach.part.report')}
            </a>
            <span class="muted">{t('coach.part.report.hint')}</span>
          </li>
        </ul>
      </nav>
      <NewSinceImport latest={data.latest} records={data.fresh} />
      <section aria-labelledby="open-title" class="coach-section">
        <h2 id="open-title">{t('coach.part.open.title')}</h2>
        {open.length === 0 ? (
          <p class="muted">{t('coach.part.open.none')}</p>
        ) : (
          <>
            <p>
              {t(
                {
                  one: 'coach.part.open.one' as const,
                  other: 'coach.part.open.other' as const,
                }[pluralForm(language, open.length)],
                { count: open.length },
              )}
            </p>
            <ul>
              {open.slice(0, NEXT_ASSIGNMENTS).map((assignment) => (
                <li key={assignment.id}>
                  {assignment.title}
                  {assignment.endsOn && (
                    <span class="muted">
                      {' · '}
                      {t('coach.part.open.until', { date: day(storedDay(assignment.endsOn)) })}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <div class="actions">
        <button
          type="button"
          class="button danger"
          onClick={() => setRemoving((r) => ({ open: true, key: r.key + 1 }))}
        >
          {tc('coach.remove.action')}
        </button>
      </div>
      {removing.open && (
        <RemoveClientDialog
          key={removing.key}
          clientId={clientId}
          name={name}
          onClose={() => {
            // A late close event of an earlier dialog must not close a newer one.
            const closing = removing.key;
            setRemoving((r) => (r.key === closing ? { ...r, open: false } : r));
          }}
          onRemoved={() => route('/coach')}
        />
      )}
    </article>
  );
}

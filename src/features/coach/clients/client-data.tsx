// One client's page data for the overview and the sub-pages that need more than the client's
// row: loaded live (an import or a note shows at once), with what the pages derive from it.
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { useLiveQuery } from '../../../db/live';
import { type Freshness, freshnessOf } from '../../../domain/coach/changes';
import type { CoachNoteRecord } from '../../../domain/records';
import { useI18n, useMessages } from '../../../i18n/context';
import { LiveGate } from '../../../ui/LiveGate';
import { type ClientPageData, loadClientPage } from '../queries';
import { firstLine } from '../text';
import { clientsMessages } from './messages';

/** The page data with what the lists derive from it. */
export interface ClientView {
  data: ClientPageData;
  /** What the last import added or changed, per record id. */
  fresh: Map<string, Freshness>;
  /** How many live notes each record has. */
  notesPerTarget: Map<string, number>;
}

/** Loads the client's page data and renders `children` with it (or loading, error, unknown). */
export function WithClientData(props: {
  clientId: string;
  /** What to show for an unknown client (default: a short line). */
  unknown?: ComponentChildren;
  children: (view: ClientView) => ComponentChildren;
}) {
  const t = useMessages(clientsMessages);
  const result = useLiveQuery(() => loadClientPage(props.clientId), [props.clientId]);
  return (
    <LiveGate
      result={result}
      loading={t('coach.loading')}
      missing={props.unknown ?? <p class="muted">{t('coach.client.unknown')}</p>}
    >
      {(data) => <Derived data={data}>{props.children}</Derived>}
    </LiveGate>
  );
}

function Derived(props: {
  data: ClientPageData;
  children: (view: ClientView) => ComponentChildren;
}) {
  const { data } = props;
  const fresh = useMemo(() => freshnessOf(data.latest), [data.latest]);
  const notesPerTarget = useMemo(() => {
    const counts = new Map<string, number>();
    for (const note of data.notes) {
      if (note.targetId) counts.set(note.targetId, (counts.get(note.targetId) ?? 0) + 1);
    }
    return counts;
  }, [data.notes]);
  return <>{props.children({ data, fresh, notesPerTarget })}</>;
}

/** Names what a note is about, from the records the page data holds. */
export function useDescribeNote(data: ClientPageData): (note: CoachNoteRecord) => string {
  const t = useMessages(clientsMessages);
  const { dateTime } = useI18n();
  return (note) => {
    const id = note.targetId;
    const entry = data.diary.find((r) => r.id === id);
    if (entry) return `${dateTime(entry.occurredAt)} · ${firstLine(entry.situation, 60)}`;
    const session = data.focusing.find((r) => r.id === id);
    if (session) return dateTime(session.occurredAt);
    const valuation = data.valuations.find((r) => r.id === id);
    if (valuation) return firstLine(valuation.text, 60);
    const theme = data.themes.find((r) => r.id === id);
    if (theme) return theme.title;
    const investigation = data.investigations.find((r) => r.id === id);
    if (investigation) return investigation.title || dateTime(investigation.startedAt, false);
    // A discussion is named by the investigation it discusses.
    const discussion = data.discussions.find((r) => r.id === id);
    const discussed = data.investigations.find((r) => r.id === discussion?.investigationId);
    if (discussed) return discussed.title || dateTime(discussed.startedAt, false);
    return t('coach.notes.olderRecord');
  };
}

// Read-only access to one owner's investigations for other features (the coach workspace):
// live loaders that check the owner, and views that show the same results and comparison
// as the client's own screens.
import type { ComponentChildren } from 'preact';
import { type LiveResult, useLiveQuery } from '../../../db/live';
import type { DiscussionRecord, InvestigationRecord } from '../../../domain/records';
import { useI18n, useMessages } from '../../../i18n/context';
import { LiveGate } from '../../../ui/LiveGate';
import {
  type LoadedInvestigation,
  listInvestigations,
  loadDiscussion,
  loadInvestigation,
} from '../data';
import { zkmMessages } from '../messages';
import '../zkm.css';

/** An investigation with the one it repeats, when it is a re-investigation. */
export interface InvestigationPair {
  current: LoadedInvestigation;
  previous?: LoadedInvestigation | undefined;
  /** The client's discussion of the current investigation's results, if any. */
  discussion?: DiscussionRecord | undefined;
}

/** The investigation `id` of `ownerId` (any owner when undefined) and the one it repeats. */
export async function loadInvestigationPair(
  id: string,
  ownerId?: string,
): Promise<InvestigationPair | undefined> {
  const current = await loadInvestigation(id);
  if (!current || (ownerId !== undefined && current.investigation.ownerId !== ownerId))
    return undefined;
  const previousId = current.investigation.previousInvestigationId;
  const previous = previousId ? await loadInvestigation(previousId) : undefined;
  return { current, previous, discussion: await loadDiscussion(id) };
}

/** The live investigations of `ownerId`, newest first. */
export function useInvestigations(ownerId: string): LiveResult<InvestigationRecord[]> {
  return useLiveQuery(() => listInvestigations(ownerId), [ownerId]);
}

/** The live pair for investigation `id` of `ownerId`. */
export function useInvestigationPair(
  id: string,
  ownerId: string,
): LiveResult<InvestigationPair | undefined> {
  return useLiveQuery(() => loadInvestigationPair(id, ownerId), [id, ownerId]);
}

/** Loading, an error or "not found" (without leaving the caller's page), else `children`. */
export function InvestigationGate<T>(props: {
  result: LiveResult<T | undefined>;
  children: (value: T) => ComponentChildren;
}) {
  const t = useMessages(zkmMessages);
  return (
    <LiveGate
      result={props.result}
      loading={t('zkm.loading')}
      missing={<p>{t('zkm.notFound.body')}</p>}
    >
      {(value) => props.children(value as T)}
    </LiveGate>
  );
}

/** The title an investigation is shown by. */
export function useInvestigationTitle(): (investigation: InvestigationRecord) => string {
  const t = useMessages(zkmMessages);
  const { dateTime } = useI18n();
  return (investigation) =>
    investigation.title ||
    `${investigation.previousInvestigationId ? t('zkm.kind.re') : t('zkm.kind.first')} · ${dateTime(investigation.startedAt, false)}`;
}

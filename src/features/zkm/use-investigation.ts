// Live access to one investigation and its valuations for the screens of this feature.
import { useLiveQuery } from '../../db/live';
import { type LoadedInvestigation, loadInvestigation } from './data';

/** The investigation `id` with its valuations, kept current as they change. */
export function useInvestigation(id: string) {
  return useLiveQuery<LoadedInvestigation | undefined>(() => loadInvestigation(id), [id]);
}

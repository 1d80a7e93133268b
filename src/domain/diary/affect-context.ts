// A diary form's affect ratings beside the self-investigation (domain §3): the list to rate on
// is the one of the client's current investigation, and a rated form is compared, term by
// term, with the valuation it is linked to and with the general and the ideal feeling.
import type { AffectListContent, AffectRatings } from '../records/affect-list';
import type { DiaryEntryRecord } from '../records/diary';
import { isLive, liveOnly as live } from '../records/live';
import type { InvestigationRecord, ValuationRecord } from '../records/zkm';
import { DEFAULT_AFFECT_LIST_ID, defaultAffectList } from '../zkm/default-affect-list';
import { type Correlation, profileCorrelation } from '../zkm/pearson';
import { readProfile } from '../zkm/profile';

/** The list a diary form is rated on, with the id stored on the entry. */
export interface DiaryAffectList {
  id: string;
  list: AffectListContent;
  /** The investigation whose list it is; undefined for the built-in list. */
  investigationId?: string;
}

/** The newest live investigation (by when it started, then id), or undefined. */
export function currentInvestigation(
  investigations: readonly InvestigationRecord[],
): InvestigationRecord | undefined {
  return [...live(investigations)].sort(
    (a, b) => b.startedAt.localeCompare(a.startedAt) || (a.id < b.id ? 1 : -1),
  )[0];
}

/** The list of the client's current investigation, or the built-in list when there is none. */
export function listToRateOn(investigations: readonly InvestigationRecord[]): DiaryAffectList {
  const current = currentInvestigation(investigations);
  if (!current) return { id: DEFAULT_AFFECT_LIST_ID, list: defaultAffectList };
  return {
    id: current.affectListId ?? DEFAULT_AFFECT_LIST_ID,
    list: current.affectList,
    investigationId: current.id,
  };
}

/** True when every rated term is a term of `list` (the ratings were made on it). */
function fits(list: AffectListContent, ratings: AffectRatings): boolean {
  const ids = new Set(list.terms.map((term) => term.id));
  return Object.keys(ratings).every((id) => ids.has(id));
}

/**
 * The list and investigation an entry's ratings belong to: the linked valuation's
 * investigation when its list fits, else the newest investigation on the entry's list that
 * fits, else the built-in list when it fits; undefined when none does.
 */
export function listOfEntry(
  entry: Pick<DiaryEntryRecord, 'affectListId' | 'affectRatings' | 'valuationId'>,
  investigations: readonly InvestigationRecord[],
  valuations: readonly ValuationRecord[],
): { list: AffectListContent; investigation?: InvestigationRecord } | undefined {
  const ratings = entry.affectRatings;
  if (!ratings || Object.keys(ratings).length === 0) return undefined;
  const all = [...live(investigations)].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  const linked = valuations.find((v) => v.id === entry.valuationId && isLive(v));
  const ofLinked = linked && all.find((i) => i.id === linked.investigationId);
  if (ofLinked && fits(ofLinked.affectList, ratings)) {
    return { list: ofLinked.affectList, investigation: ofLinked };
  }
  const onList = all.find(
    (i) =>
      (i.affectListId ?? DEFAULT_AFFECT_LIST_ID) === entry.affectListId &&
      fits(i.affectList, ratings),
  );
  if (onList) return { list: onList.affectList, investigation: onList };
  return fits(defaultAffectList, ratings) ? { list: defaultAffectList } : undefined;
}

/** How a rated diary form compares with its valuation and the general and ideal feeling. */
export interface EntryComparison {
  /** Every term of the list is rated: only then is r defined. */
  complete: boolean;
  /** r with the linked valuation (undefined when none is linked in this investigation). */
  valuation?: Correlation;
  general: Correlation;
  ideal: Correlation;
}

/**
 * The entry's r with the linked valuation and with the general and ideal feeling of
 * `investigation`, over all terms of `list`; r is null ("n/a") where a profile is
 * incomplete or constant.
 */
export function compareEntry(
  ratings: AffectRatings,
  list: AffectListContent,
  investigation: Pick<InvestigationRecord, 'generalFeeling' | 'idealFeeling'>,
  valuation?: Pick<ValuationRecord, 'ratings'>,
): EntryComparison {
  const complete = readProfile(list, ratings).complete;
  return {
    complete,
    ...(valuation ? { valuation: profileCorrelation(list, ratings, valuation.ratings) } : {}),
    general: profileCorrelation(list, ratings, investigation.generalFeeling),
    ideal: profileCorrelation(list, ratings, investigation.idealFeeling),
  };
}

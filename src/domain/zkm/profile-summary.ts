// Everything one profile shows in a row: indices, type, GEN and IDEAL (or why it has none).
import type { AffectListContent, AffectRatings } from '../records/affect-list';
import { type Indices, indicesFromValues } from './indices';
import { type Correlation, type ProfileStats, pearsonFromStats, profileStats } from './pearson';
import { readProfile } from './profile';
import { classifyValuation, type ValuationType } from './valuation-type';

/** A row for a valuation or feeling: complete with all values, or incomplete with none. */
export type ProfileSummary =
  | {
      readonly complete: true;
      readonly indices: Indices;
      readonly type: ValuationType;
      /** r with the general-feeling profile; null if that is incomplete or either is constant. */
      readonly gen: Correlation;
      /** r with the ideal-feeling profile; null if that is incomplete or either is constant. */
      readonly ideal: Correlation;
    }
  | {
      readonly complete: false;
      readonly missingTermIds: readonly string[];
      readonly type: null;
      readonly gen: null;
      readonly ideal: null;
    };

/** The reference profiles GEN and IDEAL are computed against (null = incomplete). */
export interface FeelingStats {
  readonly general: ProfileStats | null;
  readonly ideal: ProfileStats | null;
}

/** Reads ratings to their stats, or null when incomplete (the input of matrix and GEN/IDEAL). */
export function statsOf(
  list: Pick<AffectListContent, 'terms'>,
  ratings: AffectRatings,
): ProfileStats | null {
  const profile = readProfile(list, ratings);
  return profile.complete ? profileStats(profile.values) : null;
}

/** The reference stats of an investigation's general and ideal feeling on its list. */
export function feelingStats(
  list: Pick<AffectListContent, 'terms'>,
  generalFeeling: AffectRatings,
  idealFeeling: AffectRatings,
): FeelingStats {
  return { general: statsOf(list, generalFeeling), ideal: statsOf(list, idealFeeling) };
}

/** The row of a profile whose stats are known (so callers read each profile only once). */
export function summarizeStats(
  list: AffectListContent,
  ratings: AffectRatings,
  stats: ProfileStats | null,
  feelings: FeelingStats,
): ProfileSummary {
  if (stats === null) {
    const profile = readProfile(list, ratings);
    const missingTermIds = profile.complete ? [] : profile.missingTermIds;
    return { complete: false, missingTermIds, type: null, gen: null, ideal: null };
  }
  const indices = indicesFromValues(list, stats.values);
  return {
    complete: true,
    indices,
    type: classifyValuation(indices, list.thresholds),
    gen: feelings.general === null ? null : pearsonFromStats(stats, feelings.general),
    ideal: feelings.ideal === null ? null : pearsonFromStats(stats, feelings.ideal),
  };
}

/** The row of one profile (valuation or feeling) on `list` against the reference feelings. */
export function summarizeProfile(
  list: AffectListContent,
  ratings: AffectRatings,
  feelings: FeelingStats,
): ProfileSummary {
  return summarizeStats(list, ratings, statsOf(list, ratings), feelings);
}

// The rest of the standard printout for the coach (domain §1): affect × affect correlations
// (gevoelscorrelaties) and index-sum correlations (somcorrelaties) over the ordinary
// valuations, S − O and P − N per time frame, r(general, ideal), and r between a continued
// valuation's profile then and now. Every r is null where it is undefined (zero variance).
import type { AffectIndex, AffectListContent, AffectRatings } from '../records/affect-list';
import { isLive } from '../records/live';
import type { TimeFrame, ValuationRecord } from '../records/zkm';
import { indicesFromValues } from './indices';
import { type Correlation, pearson, profileCorrelation } from './pearson';
import { readProfile } from './profile';

/** The index sums in the order the printout lists them. */
export const SUM_INDICES: readonly AffectIndex[] = ['S', 'O', 'P', 'N'];

/** S − O and P − N of one time frame: the number of complete valuations and their means. */
export interface FrameDifferences {
  timeFrame: TimeFrame;
  count: number;
  /** Mean S − O over the frame's complete valuations; null when it has none. */
  sMinusO: number | null;
  pMinusN: number | null;
}

/** The printout's figures for one investigation. */
export interface PrintoutFigures {
  /** r between terms i and j over the complete valuations, in the list's term order. */
  affect: Correlation[][];
  /** r between the index sums over the complete valuations, in SUM_INDICES order. */
  sums: Correlation[][];
  frames: FrameDifferences[];
  /** r between the general and the ideal feeling. */
  generalIdeal: Correlation;
}

/** The k × k matrix of r between the columns of `rows` (each row one valuation). */
function columnCorrelations(rows: readonly (readonly number[])[], k: number): Correlation[][] {
  const columns = Array.from({ length: k }, (_, j) => rows.map((row) => row[j] ?? 0));
  return columns.map((a) => columns.map((b) => pearson(a, b)));
}

/** Computes the printout's figures from the investigation's list, feelings and valuations. */
export function printoutFigures(
  list: AffectListContent,
  feelings: { general: AffectRatings; ideal: AffectRatings },
  valuations: readonly Pick<ValuationRecord, 'ratings' | 'timeFrame' | 'deletedAt'>[],
): PrintoutFigures {
  const complete: { values: readonly number[]; timeFrame: TimeFrame }[] = [];
  for (const v of valuations) {
    if (!isLive(v)) continue;
    const profile = readProfile(list, v.ratings);
    if (profile.complete) complete.push({ values: profile.values, timeFrame: v.timeFrame });
  }
  const indices = complete.map((c) => ({ ...indicesFromValues(list, c.values), at: c.timeFrame }));
  const sumRows = indices.map((i) => SUM_INDICES.map((key) => i[key]));
  const mean = (xs: readonly number[]) =>
    xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
  const frames = (['past', 'present', 'future'] as const).map((timeFrame) => {
    const inFrame = indices.filter((i) => i.at === timeFrame);
    return {
      timeFrame,
      count: inFrame.length,
      sMinusO: mean(inFrame.map((i) => i.sMinusO)),
      pMinusN: mean(inFrame.map((i) => i.pMinusN)),
    };
  });
  return {
    affect: columnCorrelations(
      complete.map((c) => c.values),
      list.terms.length,
    ),
    sums: columnCorrelations(sumRows, SUM_INDICES.length),
    frames,
    generalIdeal: profileCorrelation(list, feelings.general, feelings.ideal),
  };
}

/**
 * r between a continued valuation's profile then and now. Only defined when both were rated
 * on lists with the same terms in the same order (otherwise the profiles do not line up).
 */
export function continuedCorrelation(
  then: { list: Pick<AffectListContent, 'terms'>; ratings: AffectRatings },
  now: { list: Pick<AffectListContent, 'terms'>; ratings: AffectRatings },
): Correlation {
  const ids = (list: Pick<AffectListContent, 'terms'>) => list.terms.map((t) => t.id).join('\n');
  if (ids(then.list) !== ids(now.list)) return null;
  return profileCorrelation(now.list, then.ratings, now.ratings);
}

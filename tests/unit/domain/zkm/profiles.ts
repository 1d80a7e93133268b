// Named 16-list profiles with their hand-computed indices and types, shared by the
// summary and comparison tests.
import { list16, ratingsByIndex } from './fixtures';

/** +S: S 5+5+5+5 = 20, O 1+1+1+1 = 4 (S − O = 16 ≥ 4); P 4×4 = 16, N 1+0+1+0 = 2 (14 ≥ 7). */
export const plusS = ratingsByIndex(list16, {
  S: [5, 5, 5, 5],
  O: [1, 1, 1, 1],
  P: [4, 4, 4, 4],
  N: [1, 0, 1, 0],
});

/** −O: S 1+0+1+0 = 2, O 5+5+4+4 = 18 (O − S = 16); P 0+1+0+1 = 2, N 4×4 = 16 (N − P = 14). */
export const minusO = ratingsByIndex(list16, {
  S: [1, 0, 1, 0],
  O: [5, 5, 4, 4],
  P: [0, 1, 0, 1],
  N: [4, 4, 4, 4],
});

/** +HH: S 3×4 = 12, O 3+3+3+2 = 11 (diff 1 < 4, both ≥ 9); P 5+4+4+4 = 17, N 1+1+0+0 = 2. */
export const plusHH = ratingsByIndex(list16, {
  S: [3, 3, 3, 3],
  O: [3, 3, 3, 2],
  P: [5, 4, 4, 4],
  N: [1, 1, 0, 0],
});

/** ±LL: every term 1, so S = O = P = N = 4 (both ≤ 6; P − N = 0). Constant: r undefined. */
export const pmLL = ratingsByIndex(list16, {
  S: [1, 1, 1, 1],
  O: [1, 1, 1, 1],
  P: [1, 1, 1, 1],
  N: [1, 1, 1, 1],
});

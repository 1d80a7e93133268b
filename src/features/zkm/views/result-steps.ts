// The results screen is drawn in steps, in reading order: the first cards at once, so the
// client sees their first result as soon as the data is read, then the other cards a batch at a
// time, then each section below. Every step is its own task after a painted frame, so a tap or
// a scroll is answered between steps instead of waiting for 40 cards, a matrix, four charts and
// a heat map at once. Nothing is left out: within a few frames the whole page is there.

/** The sections below the cards, in the order they appear. */
export const RESULT_PARTS = ['indices', 'matrix', 'charts', 'profiles', 'correlations'] as const;

/** One section of the results below the cards. */
export type ResultPart = (typeof RESULT_PARTS)[number];

/** Cards in the first step: about two phone screens. */
export const FIRST_CARDS = 4;

/** Cards added per later step. */
export const CARD_BATCH = 8;

/** Steps needed to show every card of `cardCount` (at least one, which also shows none). */
function cardSteps(cardCount: number): number {
  return cardCount <= FIRST_CARDS ? 1 : 1 + Math.ceil((cardCount - FIRST_CARDS) / CARD_BATCH);
}

/** How many steps the results of `cardCount` valuations take in all. */
export function resultStepCount(cardCount: number): number {
  return cardSteps(cardCount) + RESULT_PARTS.length;
}

/** What is on the screen after `step` steps (1 is the first): cards shown and sections shown. */
export function shownAfter(
  step: number,
  cardCount: number,
): { cards: number; parts: ReadonlySet<ResultPart> } {
  const cards = Math.min(cardCount, FIRST_CARDS + Math.max(0, step - 1) * CARD_BATCH);
  const parts = new Set(RESULT_PARTS.slice(0, Math.max(0, step - cardSteps(cardCount))));
  return { cards, parts };
}

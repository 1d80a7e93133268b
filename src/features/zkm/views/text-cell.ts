// The class of a table's row heading that holds the client's own words (a valuation).

/** Words longer than this may break anywhere; shorter ones stay whole, so the column widens to
    the longest of them (a Dutch compound such as "analistenopleiding" is 18). A pasted address
    of 60 characters would otherwise push the figures off a phone's screen. */
const LONGEST_WHOLE_WORD = 24;

/** `zkm-text-cell`, with `zkm-long-word` when a word of `text` is too long to keep whole. */
export function textCellClass(text: string): string {
  const tooLong = text.split(/\s+/).some((word) => [...word].length > LONGEST_WHOLE_WORD);
  return tooLong ? 'zkm-text-cell zkm-long-word' : 'zkm-text-cell';
}

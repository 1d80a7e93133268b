// Where a search matched, to mark it: the same folding as the search (case and accents, see
// normalise.ts) mapped back to the original text, so "cafe" marks "Café" as it was written.
// Pure text in, text pieces out: the view wraps the marked pieces in <mark> as text nodes,
// never as HTML. Terms are found with indexOf, so a query's regex metacharacters are plain.
import { normaliseText, searchTerms } from './normalise';

/** A piece of text, marked when a search term matched it. */
export interface TextPiece {
  text: string;
  marked: boolean;
}

/** The folded text with, per folded code unit, the original range it came from. */
function fold(text: string): { folded: string; starts: number[]; ends: number[] } {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const char of text) {
    const piece = normaliseText(char);
    if (piece.length === 0 && ends.length > 0) {
      // A combining mark folds to nothing: it belongs to the letter before it.
      ends[ends.length - 1] = at + char.length;
    }
    for (let index = 0; index < piece.length; index += 1) {
      starts.push(at);
      ends.push(at + char.length);
    }
    folded += piece;
    at += char.length;
  }
  return { folded, starts, ends };
}

/** The original ranges [start, end) where any term matches, merged where they overlap or touch. */
export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  if (terms.length === 0 || text.length === 0) return [];
  const { folded, starts, ends } = fold(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    if (term.length === 0) continue;
    let from = folded.indexOf(term);
    while (from !== -1) {
      ranges.push([starts[from] ?? 0, ends[from + term.length - 1] ?? text.length]);
      // Step one unit on, so overlapping matches ("aa" in "aaa") are all found.
      from = folded.indexOf(term, from + 1);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** `text` split into pieces, the ones the search `query` matched marked. */
export function highlightPieces(text: string, query: string): TextPiece[] {
  const ranges = matchRanges(text, searchTerms(query));
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}

/**
 * A short piece of `text` around its first match of a term, with an ellipsis where it was
 * cut, or undefined when no term matches. Cut at code points, so no emoji is split.
 */
export function matchSnippet(
  text: string,
  query: string,
  before = 30,
  after = 70,
): string | undefined {
  // Line breaks and runs of white space read as one space in a one-line snippet.
  const flat = text.replace(/\s+/gu, ' ');
  const first = matchRanges(flat, searchTerms(query))[0];
  if (!first) return undefined;
  const chars = Array.from(flat);
  const start = Array.from(flat.slice(0, first[0])).length;
  const from = Math.max(0, start - before);
  const to = Math.min(chars.length, start + after);
  const body = chars.slice(from, to).join('').trim();
  return `${from > 0 ? '…' : ''}${body}${to < chars.length ? '…' : ''}`;
}

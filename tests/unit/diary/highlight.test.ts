// Marking search matches: the same folding as the search, mapped back to the written text.
import { describe, expect, it } from 'vitest';
import { highlightPieces, matchRanges, matchSnippet } from '../../../src/domain/diary/highlight';

const marked = (text: string, query: string) =>
  highlightPieces(text, query)
    .filter((piece) => piece.marked)
    .map((piece) => piece.text);

describe('highlightPieces', () => {
  it('marks a plain word and keeps the rest as it was', () => {
    expect(highlightPieces('Een wandeling in het park', 'wandeling')).toEqual([
      { text: 'Een ', marked: false },
      { text: 'wandeling', marked: true },
      { text: ' in het park', marked: false },
    ]);
  });

  it('ignores case and accents both ways, marking the text as written', () => {
    expect(marked('Situatie 9999: héél gewoon', 'HEEL')).toEqual(['héél']);
    expect(marked('Naar het Café', 'cafe')).toEqual(['Café']);
    expect(marked('Naar het cafe', 'CAFÉ')).toEqual(['cafe']);
  });

  it('keeps a combining accent with its letter', () => {
    // "e" followed by U+0301 COMBINING ACUTE ACCENT: the mark stays inside the <mark>.
    expect(marked('cafe\u0301 open', 'cafe')).toEqual(['cafe\u0301']);
  });

  it('marks every term of the query, in any order', () => {
    expect(marked('Telefoon op het werk', 'werk telefoon')).toEqual(['Telefoon', 'werk']);
  });

  it('merges overlapping and touching matches into one mark', () => {
    expect(matchRanges('aaaa', ['aa'])).toEqual([[0, 4]]);
    expect(marked('xaaay', 'aa')).toEqual(['aaa']);
    expect(marked('bovenbuik', 'boven buik')).toEqual(['bovenbuik']);
    expect(marked('onderbuik pijn', 'derb buik')).toEqual(['derbuik']);
  });

  it('treats regex metacharacters as plain text', () => {
    expect(marked('Kost (veel) geld? Ja.*', '(veel)')).toEqual(['(veel)']);
    expect(marked('a.b a+b', 'a.b')).toEqual(['a.b']);
    expect(marked('a.b a+b', '.*')).toEqual([]);
    expect(marked('[x] \\d $', '\\d $')).toEqual(['\\d', '$']);
  });

  it('finds prototype-named words like any other', () => {
    expect(marked('de constructor en __proto__ van toString', 'constructor __proto__')).toEqual([
      'constructor',
      '__proto__',
    ]);
    expect(marked('hasOwnProperty', 'hasownproperty')).toEqual(['hasOwnProperty']);
  });

  it('keeps text whole when nothing matches or the query is empty', () => {
    expect(highlightPieces('Niets hier', 'niks anders')).toEqual([
      { text: 'Niets hier', marked: false },
    ]);
    expect(highlightPieces('Niets hier', '   ')).toEqual([{ text: 'Niets hier', marked: false }]);
    expect(highlightPieces('', 'x')).toEqual([{ text: '', marked: false }]);
  });

  it('maps a ligature and a letter that folds to two back to the original', () => {
    // "ﬁ" (one code unit) folds to "fi": a match on "fi" marks the ligature.
    expect(marked('de ﬁets', 'fiets')).toEqual(['ﬁets']);
    // An emoji (two code units) before the match does not shift it.
    expect(marked('🙂 rustig', 'rustig')).toEqual(['rustig']);
  });
});

describe('matchSnippet', () => {
  it('cuts around the first match with ellipses, on one line', () => {
    const text = `${'a'.repeat(50)}\nzo voelde het: onrustig en ${'b'.repeat(100)}`;
    expect(matchSnippet(text, 'onrustig', 10, 20)).toBe('…elde het: onrustig en bbbbbbbb…');
  });

  it('keeps a short text whole and says nothing without a match', () => {
    expect(matchSnippet('Onrustig in de trein', 'trein')).toBe('Onrustig in de trein');
    expect(matchSnippet('Onrustig in de trein', 'bus')).toBeUndefined();
  });
});

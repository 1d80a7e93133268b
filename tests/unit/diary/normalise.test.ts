// Search normalisation: case- and accent-insensitive matching of every query word.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesTerms, normaliseText, searchTerms } from '../../../src/domain/diary/normalise';

describe('normaliseText', () => {
  it('folds case and removes accents', () => {
    expect(normaliseText('Café CRÈME')).toBe('cafe creme');
    expect(normaliseText('Creëren geïrriteerd')).toBe('creeren geirriteerd');
    expect(normaliseText('ÉÉN Ångström')).toBe('een angstrom');
  });

  it('unfolds ligatures and full-width letters', () => {
    expect(normaliseText('ﬁets')).toBe('fiets');
    expect(normaliseText('ＡＢＣ')).toBe('abc');
  });

  it('keeps emoji and other scripts', () => {
    expect(normaliseText('Trots 😊')).toBe('trots 😊');
    expect(normaliseText('Привет')).toBe('привет');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = normaliseText(text);
        expect(normaliseText(once)).toBe(once);
      }),
    );
  });
});

describe('searchTerms and matchesTerms', () => {
  it('splits the query on white space and drops empty words', () => {
    expect(searchTerms('  Werk   Overleg ')).toEqual(['werk', 'overleg']);
    expect(searchTerms('   ')).toEqual([]);
  });

  it('needs every word, in any order', () => {
    const text = normaliseText('Werkoverleg op het lab, ik steek mijn hand op.');
    expect(matchesTerms(text, searchTerms('HAND lab'))).toBe(true);
    expect(matchesTerms(text, searchTerms('hand kantoor'))).toBe(false);
    expect(matchesTerms(text, [])).toBe(true);
  });

  it('finds any piece of a text, whatever its case or accents', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1 }),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const chars = Array.from(text);
          const start = a % chars.length;
          const end = start + 1 + (b % (chars.length - start));
          const piece = chars.slice(start, end).join('').trim();
          const terms = searchTerms(piece.toUpperCase());
          // Upper-casing can change some letters irreversibly (e.g. ß → SS); skip only those.
          if (normaliseText(piece.toUpperCase()) !== normaliseText(piece)) return;
          expect(matchesTerms(normaliseText(text), terms)).toBe(true);
        },
      ),
    );
  });
});

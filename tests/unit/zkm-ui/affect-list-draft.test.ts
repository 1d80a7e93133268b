// Checking an edited affect list: unique, well-formed ids, labels, every index used, thresholds.
import { describe, expect, it } from 'vitest';
import {
  type AffectListDraft,
  checkAffectList,
  slugId,
  toDraft,
} from '../../../src/domain/zkm/affect-list-draft';
import { defaultAffectList } from '../../../src/domain/zkm/default-affect-list';

const small = (): AffectListDraft => ({
  name: ' Mini ',
  terms: [
    { id: 'joy', nl: 'plezier', en: 'joy', index: 'P' },
    { id: 'pride', nl: 'trots', en: 'pride', index: 'S' },
    { id: 'love', nl: 'liefde', en: 'love', index: 'O' },
    { id: 'worry', nl: 'zorgen', en: 'worry', index: 'N' },
  ],
  thresholds: { h: '3', d: '1', l: '1', p: '2' },
});

describe('checkAffectList', () => {
  it('round-trips the default list', () => {
    expect(checkAffectList(toDraft(defaultAffectList))).toEqual({
      ok: true,
      content: defaultAffectList,
    });
  });

  it('trims text and turns thresholds into numbers', () => {
    const check = checkAffectList(small());
    expect(check.ok && check.content.name).toBe('Mini');
    expect(check.ok && check.content.thresholds).toEqual({ h: 3, d: 1, l: 1, p: 2 });
  });

  it('flags a repeated id on the later term only', () => {
    const draft = small();
    draft.terms.push({ id: 'joy', nl: 'vreugde', en: 'delight', index: 'P' });
    const check = checkAffectList(draft);
    expect(check).toEqual({
      ok: false,
      problems: { 'term.4.id': 'id-duplicate' },
      unusedIndices: [],
    });
  });

  it('names the indices no term counts towards', () => {
    const draft = small();
    draft.terms = draft.terms.map((term) => ({ ...term, index: 'P' as const }));
    const check = checkAffectList(draft);
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.problems.indices).toBe('index-unused');
      expect(check.unusedIndices).toEqual(['S', 'O', 'N']);
    }
  });

  it('reports each field by its path', () => {
    const draft = small();
    draft.name = '  ';
    draft.terms[0] = { id: 'Joy!', nl: '', en: ' ', index: 'P' };
    draft.terms[1] = { id: '', nl: 'trots', en: 'pride', index: 'S' };
    draft.thresholds = { h: '', d: '-1', l: '1.5', p: '7' };
    const check = checkAffectList(draft);
    expect(check.ok ? {} : check.problems).toEqual({
      name: 'required',
      'term.0.id': 'id-format',
      'term.0.nl': 'required',
      'term.0.en': 'required',
      'term.1.id': 'required',
      'thresholds.h': 'required',
      'thresholds.d': 'not-a-whole-number',
      'thresholds.l': 'not-a-whole-number',
    });
  });

  it('needs at least four terms', () => {
    const draft = small();
    draft.terms.pop();
    const check = checkAffectList(draft);
    expect(check.ok ? undefined : check.problems.terms).toBe('too-few-terms');
  });
});

describe('slugId', () => {
  it('makes a lower-case id from a label', () => {
    expect(slugId('Inner calm')).toBe('inner-calm');
    expect(slugId('  Zelf-vertrouwen! ')).toBe('zelf-vertrouwen');
    expect(slugId('Eigenwaarde über alles')).toBe('eigenwaarde-uber-alles');
    expect(slugId('???')).toBe('');
  });
});

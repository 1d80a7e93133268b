// The 24-term template: six terms per index, never two of an index in a row more than the
// 16-term list does, the published criteria, and labels left for the coach to fill in.
import { describe, expect, it } from 'vitest';
import { checkAffectList } from '../../../../src/domain/zkm/affect-list-draft';
import { template24Draft } from '../../../../src/domain/zkm/template-24';

describe('template24Draft', () => {
  const draft = template24Draft('ZKM 24');

  it('has six terms per index and the published criteria', () => {
    expect(draft.terms).toHaveLength(24);
    for (const index of ['S', 'O', 'P', 'N'] as const) {
      expect(draft.terms.filter((t) => t.index === index)).toHaveLength(6);
    }
    expect(draft.thresholds).toEqual({ h: '13', d: '5', l: '9', p: '10' });
  });

  it('is not grouped by index: no index three times in a row', () => {
    const order = draft.terms.map((t) => t.index).join('');
    expect(order).not.toMatch(/(S{3}|O{3}|P{3}|N{3})/);
  });

  it('asks the coach for every label before it can be saved', () => {
    const check = checkAffectList(draft);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems['term.0.nl']).toBe('required');
    expect(check.problems['term.23.en']).toBe('required');
  });
});

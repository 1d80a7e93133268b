// The phase an entry defaults to, from its linked theme or its valuation's theme.
import { describe, expect, it } from 'vitest';
import { defaultPhase } from '../../../src/domain/diary/phase';

const themes = [
  { id: 't1', phase: 'creating' as const, valuationIds: ['v1'] },
  {
    id: 't2',
    phase: 'anchoring' as const,
    valuationIds: ['v2'],
    deletedAt: '2026-01-01T00:00:00Z',
  },
];

describe('defaultPhase', () => {
  it('follows the linked theme', () => {
    expect(defaultPhase(themes, 't1', '')).toBe('creating');
  });

  it('follows the theme of a linked valuation', () => {
    expect(defaultPhase(themes, '', 'v1')).toBe('creating');
  });

  it('has no default without a known, live theme', () => {
    expect(defaultPhase(themes, '', '')).toBeUndefined();
    expect(defaultPhase(themes, 'unknown', '')).toBeUndefined();
    expect(defaultPhase(themes, 't2', '')).toBeUndefined();
    expect(defaultPhase([], '', 'v1')).toBeUndefined();
  });
});

// Planning a re-investigation: kept, modified (reworded, linked) and dropped valuations.
import { describe, expect, it } from 'vitest';
import { planReinvestigation } from '../../../src/domain/zkm/reinvestigation';

const previous = [
  { id: 'v3', text: 'Third', timeFrame: 'future' as const, order: 5 },
  { id: 'v1', text: 'First', timeFrame: 'past' as const, questionKey: 'past.1', order: 0 },
  { id: 'v2', text: 'Second', timeFrame: 'present' as const, order: 1 },
  {
    id: 'gone',
    text: 'Deleted',
    timeFrame: 'present' as const,
    order: 2,
    deletedAt: '2026-01-01T00:00:00.000Z',
  },
];

describe('planReinvestigation', () => {
  it('carries kept and modified valuations in their old order and lists the dropped ones', () => {
    const plan = planReinvestigation(previous, {
      v1: { kind: 'kept' },
      v2: { kind: 'dropped' },
      v3: { kind: 'modified', text: '  Third, now concrete  ' },
    });
    expect(plan).toEqual({
      ok: true,
      droppedValuationIds: ['v2'],
      valuations: [
        {
          text: 'First',
          timeFrame: 'past',
          questionKey: 'past.1',
          order: 0,
          predecessorId: 'v1',
          change: 'kept',
          ratings: {},
        },
        {
          text: 'Third, now concrete',
          timeFrame: 'future',
          order: 1,
          predecessorId: 'v3',
          change: 'modified',
          ratings: {},
        },
      ],
    });
  });

  it('treats a rewording to the same text as kept', () => {
    const plan = planReinvestigation([{ id: 'v1', text: 'First', timeFrame: 'past', order: 0 }], {
      v1: { kind: 'modified', text: 'First' },
    });
    expect(plan.ok && plan.valuations[0]?.change).toBe('kept');
  });

  it('names every undecided valuation and every empty or too long rewording', () => {
    const plan = planReinvestigation(previous, {
      v1: { kind: 'modified', text: '   ' },
      v3: { kind: 'modified', text: 'x'.repeat(2001) },
    });
    expect(plan).toEqual({
      ok: false,
      problems: { v1: 'empty-text', v2: 'undecided', v3: 'too-long' },
    });
  });

  it('ignores decisions for ids that are not earlier valuations, and deleted valuations', () => {
    const plan = planReinvestigation(previous, {
      v1: { kind: 'dropped' },
      v2: { kind: 'dropped' },
      v3: { kind: 'dropped' },
      gone: { kind: 'kept' },
      other: { kind: 'kept' },
    });
    expect(plan).toEqual({ ok: true, valuations: [], droppedValuationIds: ['v1', 'v2', 'v3'] });
  });

  it('does not read decisions from the object prototype', () => {
    const plan = planReinvestigation(
      [{ id: 'constructor', text: 'A', timeFrame: 'past', order: 0 }],
      {},
    );
    expect(plan).toEqual({ ok: false, problems: { constructor: 'undecided' } });
  });
});

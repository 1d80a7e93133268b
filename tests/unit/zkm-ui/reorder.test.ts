// Reordering valuations: moves by hand, only changed orders stored, and a permutation property.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveItem, nextOrder, orderChanges } from '../../../src/domain/zkm/reorder';

describe('moveItem', () => {
  it('moves up, down, and clamps at the ends', () => {
    expect(moveItem(['a', 'b', 'c', 'd'], 2, 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveItem(['a', 'b', 'c', 'd'], 0, 1)).toEqual(['b', 'a', 'c', 'd']);
    expect(moveItem(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 7)).toEqual(['a', 'b', 'c']);
  });

  it('leaves the list alone for a position outside it, and never changes its input', () => {
    const items = ['a', 'b'];
    expect(moveItem(items, 5, 0)).toEqual(['a', 'b']);
    expect(moveItem(items, -1, 0)).toEqual(['a', 'b']);
    moveItem(items, 0, 1);
    expect(items).toEqual(['a', 'b']);
  });

  it('always returns a permutation with the moved item at the clamped target', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { minLength: 1, maxLength: 60 }),
        fc.nat(),
        fc.integer({ min: -5, max: 70 }),
        (items, rawFrom, to) => {
          const from = rawFrom % items.length;
          const moved = moveItem(items, from, to);
          expect([...moved].sort()).toEqual([...items].sort());
          const target = Math.max(0, Math.min(items.length - 1, to));
          expect(moved[target]).toBe(items[from]);
        },
      ),
    );
  });
});

describe('orderChanges and nextOrder', () => {
  it('lists only the items whose order differs from their position', () => {
    const items = [
      { id: 'a', order: 0 },
      { id: 'c', order: 2 },
      { id: 'b', order: 1 },
      { id: 'd', order: 7 },
    ];
    expect(orderChanges(items)).toEqual([
      { id: 'c', order: 1 },
      { id: 'b', order: 2 },
      { id: 'd', order: 3 },
    ]);
    expect(orderChanges([{ id: 'x', order: 0 }])).toEqual([]);
  });

  it('appends after the highest order, with gaps left by deletions', () => {
    expect(nextOrder([])).toBe(0);
    expect(nextOrder([{ order: 0 }, { order: 4 }, { order: 2 }])).toBe(5);
  });
});

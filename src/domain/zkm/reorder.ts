// Reordering valuations: move one item, then store only the `order` values that changed.

/** `items` with the element at `from` moved to `to` (both clamped); a new array. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  if (from < 0 || from >= next.length) return next;
  const target = Math.max(0, Math.min(next.length - 1, to));
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(target, 0, moved);
  return next;
}

/** The `order` each item must get to sit at its array position (0, 1, 2 …), changed ones only. */
export function orderChanges(
  items: readonly { readonly id: string; readonly order: number }[],
): { id: string; order: number }[] {
  return items.flatMap((item, position) =>
    item.order === position ? [] : [{ id: item.id, order: position }],
  );
}

/** The order for a new item appended after `items`: one past the highest. */
export function nextOrder(items: readonly { readonly order: number }[]): number {
  return items.reduce((highest, item) => Math.max(highest, item.order + 1), 0);
}

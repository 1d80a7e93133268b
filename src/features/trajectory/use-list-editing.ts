// Adding, moving and removing items of an edited list, with focus following the change:
// the keyboard user lands on the moved item, the previous one after a removal, or the new one.
import { moveItem, removeItem } from '../../domain/trajectory';
import { useFocusAfter } from '../../ui/use-focus-after';

/** add/move/remove for `items`, focusing `${idPrefix}-<index>` (or `${idPrefix}-add`) by id. */
export function useListEditing<T>(items: T[], onChange: (items: T[]) => void, idPrefix: string) {
  const focusAfter = useFocusAfter();
  return {
    add(item: T) {
      onChange([...items, item]);
      focusAfter(`${idPrefix}-${items.length}`);
    },
    move(from: number, to: number) {
      onChange(moveItem(items, from, to));
      focusAfter(`${idPrefix}-${to}`);
    },
    remove(index: number) {
      onChange(removeItem(items, index));
      focusAfter(items.length > 1 ? `${idPrefix}-${Math.max(0, index - 1)}` : `${idPrefix}-add`);
    },
  };
}

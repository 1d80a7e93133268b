// "Deleted. Undo": the notice shown after a delete, which restores the record when used.
import { dismissToast, showToast } from './toasts';

/** Shows an undo notice for 10 seconds; `undo` runs when the user chooses it. */
export function offerUndo(text: string, undoLabel: string, undo: () => Promise<unknown>): void {
  const id = `undo-${Date.now()}`;
  showToast({
    id,
    text,
    timeout: 10_000,
    actions: [
      {
        label: undoLabel,
        primary: true,
        onClick: () => {
          dismissToast(id);
          void undo();
        },
      },
    ],
  });
}

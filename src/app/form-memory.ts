// The browser's own memory of typed text: Chromium saves the state of form controls into its
// session files (for session restore and the back button) and offers typed values again as
// autofill, both on disk and outside the app lock. A control with autocomplete="off" is in
// neither. Set as a control gets focus (before anything can be typed into it), so every field
// of every screen is covered without each form having to remember; a control that names its
// own autocomplete (a passphrase manager's field) keeps it.

/** Marks each text control as it is focused so the browser keeps none of its text; returns the undo. */
export function keepTypedTextOutOfBrowserMemory(root: Document = document): () => void {
  const onFocus = (event: FocusEvent) => {
    const target = event.target;
    if (
      (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) &&
      !target.hasAttribute('autocomplete')
    ) {
      target.setAttribute('autocomplete', 'off');
    }
  };
  root.addEventListener('focusin', onFocus, true);
  return () => root.removeEventListener('focusin', onFocus, true);
}

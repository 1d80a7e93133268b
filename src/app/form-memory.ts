// The browser's own memory of form controls: Chromium saves the state of form controls into
// its session files (for session restore and the back button) and offers typed values again
// as autofill, both on disk and outside the app lock. A control with autocomplete="off" is in
// neither. Set on every control as it enters the page and again as one gets focus (before
// anything can be typed into it), so every field of every screen is covered without each form
// having to remember: also a field the app filled itself and nobody focused (an entry opened
// for editing, the display name in the settings), whose value the browser would save too. A
// control that names its own autocomplete (a passphrase manager's field) keeps it.

const CONTROLS = 'input, textarea, select';

function isControl(
  node: unknown,
): node is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  return (
    node instanceof HTMLInputElement ||
    node instanceof HTMLTextAreaElement ||
    node instanceof HTMLSelectElement
  );
}

function markControl(control: Element): void {
  if (isControl(control) && !control.hasAttribute('autocomplete')) {
    control.setAttribute('autocomplete', 'off');
  }
}

/** Marks `node` and the controls within it. */
function markWithin(node: Node): void {
  if (!(node instanceof Element)) return;
  markControl(node);
  if (node.firstElementChild !== null) {
    for (const control of node.querySelectorAll(CONTROLS)) markControl(control);
  }
}

/** Marks each form control so the browser keeps none of its state; returns the undo. */
export function keepTypedTextOutOfBrowserMemory(root: Document = document): () => void {
  const onFocus = (event: FocusEvent) => {
    if (event.target instanceof Element) markControl(event.target);
  };
  root.addEventListener('focusin', onFocus, true);
  markWithin(root.documentElement);
  const observer = new MutationObserver((changes) => {
    for (const change of changes) for (const node of change.addedNodes) markWithin(node);
  });
  observer.observe(root.documentElement, { childList: true, subtree: true });
  return () => {
    root.removeEventListener('focusin', onFocus, true);
    observer.disconnect();
  };
}

// The browser's install prompt (Chromium's `beforeinstallprompt`), kept from the start of the
// page: the browser sends it once per page load, often before Today is on screen or while
// another screen is, and the hint on Today offers it whenever it shows.

/** Chromium's install prompt event. */
export interface BeforeInstallPromptEvent extends Event {
  prompt: () => Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let kept: BeforeInstallPromptEvent | null = null;
const listeners = new Set<(prompt: BeforeInstallPromptEvent | null) => void>();
let listening = false;

function keep(prompt: BeforeInstallPromptEvent | null): void {
  kept = prompt;
  for (const listener of listeners) listener(kept);
}

/** Starts keeping the install prompt; call once when the page starts (safe to call again). */
export function keepInstallPrompt(): void {
  if (listening || typeof addEventListener !== 'function') return;
  listening = true;
  addEventListener('beforeinstallprompt', (event) => {
    // Keep the browser's prompt for our own button instead of its mini-infobar.
    event.preventDefault();
    keep(event as BeforeInstallPromptEvent);
  });
  addEventListener('appinstalled', () => keep(null));
}

/** The kept prompt, or null when there is none (not offered, used, or installed). */
export function installPrompt(): BeforeInstallPromptEvent | null {
  return kept;
}

/**
 * Calls `listener` with the kept prompt now and whenever it changes; returns the function that
 * stops it. Now too: a prompt that came between a screen's first render and its effect would
 * otherwise be missed until the screen is shown again.
 */
export function watchInstallPrompt(
  listener: (prompt: BeforeInstallPromptEvent | null) => void,
): () => void {
  listeners.add(listener);
  listener(kept);
  return () => listeners.delete(listener);
}

/** Shows the browser's prompt; it can be used once, so it is let go either way. */
export async function offerInstall(prompt: BeforeInstallPromptEvent): Promise<void> {
  await prompt.prompt();
  await prompt.userChoice.catch(() => undefined);
  if (kept === prompt) keep(null);
}

// App-wide notices (update ready, saved, database changed elsewhere), announced politely to
// screen readers. A notice with actions stays until acted on; a plain one fades after a while.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/context';

/** A button on a notice. */
export interface ToastAction {
  label: string;
  onClick: () => void;
  primary?: boolean;
}

/** One notice. */
export interface Toast {
  id: string;
  text: string;
  actions?: ToastAction[];
  /**
   * Milliseconds before the notice disappears (null: it stays until closed); by default 5000
   * without actions, never with.
   */
  timeout?: number | null;
  /**
   * Shown on the lock screen too: a notice about the app itself (an update, offline, the
   * database), never about the content. Every other notice goes when the app locks.
   */
  showWhileLocked?: boolean;
}

type Listener = (toasts: readonly Toast[]) => void;
let current: readonly Toast[] = [];
const listeners = new Set<Listener>();

function publish(next: readonly Toast[]) {
  current = next;
  for (const listener of listeners) listener(current);
}

/** Shows a notice; a notice with the same id replaces the earlier one. */
export function showToast(toast: Toast): void {
  publish([...current.filter((item) => item.id !== toast.id), toast]);
  const timeout =
    toast.timeout === undefined ? (toast.actions?.length ? null : 5000) : toast.timeout;
  if (timeout !== null) {
    setTimeout(() => {
      // Only dismiss the notice this call showed, not a later one with the same id.
      if (current.some((item) => item === toast)) dismissToast(toast.id);
    }, timeout);
  }
}

/** Calls `listener` with the notices shown whenever they change; returns the unsubscribe. */
export function watchToasts(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Removes a notice. */
export function dismissToast(id: string): void {
  publish(current.filter((item) => item.id !== id));
}

/** Removes every notice that may speak of the content: the app is locking. */
export function dismissContentToasts(): void {
  publish(current.filter((item) => item.showWhileLocked === true));
}

/** The live region that shows the notices; on the lock screen (`locked`) only the app's own. */
export function ToastRegion(props: { locked?: boolean }) {
  const { t } = useI18n();
  const [toasts, setToasts] = useState(current);
  useEffect(() => watchToasts(setToasts), []);
  const shown = props.locked ? toasts.filter((toast) => toast.showWhileLocked === true) : toasts;
  return (
    <div class="toasts" role="status" aria-live="polite">
      {shown.map((toast) => (
        <div class="toast" key={toast.id}>
          <p>{toast.text}</p>
          <div class="actions">
            {toast.actions?.map((action) => (
              <button
                type="button"
                key={action.label}
                class={action.primary ? 'button primary' : 'button'}
                onClick={action.onClick}
              >
                {action.label}
              </button>
            ))}
            <button type="button" class="button quiet" onClick={() => dismissToast(toast.id)}>
              {t('toast.close')}
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}

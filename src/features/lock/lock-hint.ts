// The lock's hint in localStorage: whether the lock was on when the app last ran here (no
// content, only that), so the first frame can be the lock screen. On the first screen's path.
import type { LockMode } from '../../db/lock-state';

const HINT_KEY = 'koers.lock';

/** localStorage, or undefined where the browser refuses it (storage blocked). */
export function localStore(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

/** Whether the lock was on when the app last ran here (so the lock screen shows at once). */
export function lockHinted(): boolean {
  return localStore()?.getItem(HINT_KEY) === 'on';
}

/** Keeps the hint for the next start in step with the state the database holds. */
export function rememberLockMode(mode: LockMode): void {
  if (mode === 'off') localStore()?.removeItem(HINT_KEY);
  else localStore()?.setItem(HINT_KEY, 'on');
}

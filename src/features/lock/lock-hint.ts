// The lock's hint in localStorage (whether the lock was on when the app last ran here: no
// content, only that), and the lock screen's code asked for the moment the entry starts when
// the hint says on. Free of imports beyond the screen itself, so the entry can import it first.
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

type LockScreenModule = typeof import('./LockScreen');

let lockScreen: Promise<LockScreenModule> | undefined;
let loaded: LockScreenModule | undefined;

/** The lock screen's code (loaded once). */
export function loadLockScreen(): Promise<LockScreenModule> {
  lockScreen ??= import('./LockScreen').then((module) => {
    loaded = module;
    return module;
  });
  return lockScreen;
}

/** The lock screen's code if it has loaded already (the first render can then show it). */
export function lockScreenLoaded(): LockScreenModule | undefined {
  return loaded;
}

// With the lock on last time, the lock screen is the first screen: its code is asked for as
// the entry starts to run, not after the shell has been evaluated and rendered.
if (lockHinted()) void loadLockScreen();

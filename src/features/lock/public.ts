// The app lock's public face: the gate for the shell, and the settings section, loaded lazily
// so the settings screen's own code does not grow by the lock's.
export { LockGate } from './LockGate';
export { lockHinted } from './lock-hint';
export { useLockMode } from './use-lock-mode';

/** Loads the settings section of the app lock. */
export const loadLockSection = () => import('./LockSection').then((m) => m.LockSection);

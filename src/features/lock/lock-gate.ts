// The shell's side of the app lock, small because it is on the first screen's path: the hint
// (lock-hint.ts; the database corrects it whenever it opens), the idle time, locking now, and
// the news of a changed lock state to this tab and the others (a BroadcastChannel), so every
// open tab locks together.

import { flushAllDrafts } from '../../db/drafts';
import type { LockMode } from '../../db/lock-state';
import { keyHolder } from '../../lock/key-holder';
import { localStore, rememberLockMode } from './lock-hint';

const MINUTES_KEY = 'koers.lock.minutes';

/** The idle times the user can choose, in minutes. */
export const autoLockChoices = [1, 5, 15] as const;
/** An idle time the user can choose, in minutes. */
export type AutoLockMinutes = (typeof autoLockChoices)[number];

/** The chosen idle time before the app locks itself; 5 minutes unless chosen otherwise. */
export function autoLockMinutes(): AutoLockMinutes {
  const stored = Number(localStore()?.getItem(MINUTES_KEY));
  return (autoLockChoices as readonly number[]).includes(stored) ? (stored as AutoLockMinutes) : 5;
}

/** Stores the idle time before the app locks itself. */
export function setAutoLockMinutes(minutes: AutoLockMinutes): void {
  localStore()?.setItem(MINUTES_KEY, String(minutes));
  emit({ type: 'minutes' });
}

/** What a tab tells the others, and its own listeners, about the lock. */
export type LockNews = { type: 'locked' } | { type: 'mode'; mode: LockMode } | { type: 'minutes' };

const listeners = new Set<(news: LockNews) => void>();
let channel: BroadcastChannel | undefined;

function emit(news: LockNews, fromOtherTab = false): void {
  if (!fromOtherTab) channel?.postMessage(news);
  for (const listener of [...listeners]) listener(news);
}

/** Hears the lock's news from this tab and the others; returns the function that stops it. */
export function listenToLock(listener: (news: LockNews) => void): () => void {
  if (channel === undefined && typeof BroadcastChannel === 'function') {
    channel = new BroadcastChannel('koers-lock');
    channel.onmessage = (e: MessageEvent<LockNews>) => {
      const news = e.data;
      // Another tab turned the lock on or off: this connection must seal (or not) like it.
      if (news.type === 'mode') {
        void import('../../db/lock-start').then((db) => {
          db.followLockMode(news.mode);
          // The lock is off: the key this tab holds is deleted with its wrappers. Kept, it
          // would be the wrong one once the lock is turned on again (with a new key): writes
          // sealed with it would open nowhere, and readable rows would look damaged.
          if (news.mode === 'off') keyHolder.lock();
        });
        rememberLockMode(news.mode);
      }
      if (news.type === 'locked') void lockNow(true);
      else emit(news, true);
    };
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Tells this tab and the others that the lock state is now `mode`, and keeps the hint. */
export function announceLockMode(mode: LockMode): void {
  rememberLockMode(mode);
  emit({ type: 'mode', mode });
}

/**
 * Locks: saves pending drafts (sealed, while the key is still held), drops the key (its
 * listeners drop what they decrypted) and tells the other tabs, unless the news came from one.
 */
export async function lockNow(fromOtherTab = false): Promise<void> {
  if (!keyHolder.unlocked) return;
  await flushAllDrafts().catch(() => undefined);
  keyHolder.lock();
  emit({ type: 'locked' }, fromOtherTab);
}

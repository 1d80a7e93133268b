/// <reference lib="webworker" />
// The diary reminder's notification, for an installed app whose browser wakes the worker now
// and then (Periodic Background Sync). The worker reads the reminder settings and, from the
// app's database, only when the client's own diary forms last changed (plain header fields,
// under the lock too); it shows one notification per reminder moment, not when the client has
// written since (or put the nudge on Today away), and says nothing of what the client wrote.
import { get, set, type UseStore } from 'idb-keyval';
import { dayKeyOf } from '../domain/dates';
import {
  lastDueMoment,
  nudgeDue,
  parseReminderPlan,
  REMINDER_SYNC_TAG,
} from '../domain/reminders/plan';
import { reminderWords } from '../i18n/messages/reminder';

declare const self: ServiceWorkerGlobalScope;

// The same store the page's settings live in (src/db/settings.ts). Each use opens its own
// connection and closes it once its transaction is done (and at once when a deletion asks):
// a rebuild of the store ("Clear old traces", src/db/keyval-rebuild.ts) never waits for the
// worker, which the browser may keep alive for a while.
const SETTINGS_DATABASE = 'koers-settings';
const SETTINGS_STORE = 'settings';
const settingsStore: UseStore = (mode, callback) =>
  new Promise((resolve, reject) => {
    const open = indexedDB.open(SETTINGS_DATABASE);
    open.onupgradeneeded = () => open.result.createObjectStore(SETTINGS_STORE);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      db.onversionchange = () => db.close();
      try {
        const transaction = db.transaction(SETTINGS_STORE, mode);
        transaction.oncomplete = () => db.close();
        transaction.onabort = () => db.close();
        Promise.resolve(callback(transaction.objectStore(SETTINGS_STORE))).then(resolve, reject);
      } catch (error) {
        db.close();
        reject(error);
      }
    };
  });
const NOTIFIED_KEY = 'reminder-notified-at';
/** The app's database (src/db/database-name.ts; the worker does not load the page's db layer). */
export const APP_DATABASE = 'koers';

interface StoredSettings {
  reminder?: unknown;
  reminderNotify?: unknown;
  reminderNudgeDismissedAt?: unknown;
  language?: unknown;
  profileId?: unknown;
}

/** Opens the app's database as it is, or undefined: never creates or upgrades it from here. */
async function openAppDatabase(): Promise<IDBDatabase | undefined> {
  // Without databases() (older Safari) the worker cannot tell without creating it: it reminds.
  if (typeof indexedDB.databases !== 'function') return undefined;
  const known = await indexedDB.databases().catch(() => []);
  if (!known.some((db) => db.name === APP_DATABASE)) return undefined;
  return new Promise((resolve) => {
    const request = indexedDB.open(APP_DATABASE);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      // An app that upgrades the database must not wait for this short read.
      request.result.onversionchange = () => request.result.close();
      resolve(request.result);
    };
    request.onerror = () => resolve(undefined);
  });
}

/**
 * When the client last wrote or changed a diary form of their own (live, not example data)
 * at or after `since`; null when they did not, or nothing can be read.
 */
async function ownDiaryChangeSince(since: Date, ownerId: string): Promise<string | null> {
  const db = await openAppDatabase();
  if (!db) return null;
  try {
    if (!db.objectStoreNames.contains('diaryEntries')) return null;
    const index = db.transaction('diaryEntries').objectStore('diaryEntries').index('updatedAt');
    return await new Promise<string | null>((resolve) => {
      const request = index.openCursor(IDBKeyRange.lowerBound(since.toISOString()));
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor) return resolve(null);
        const row = cursor.value as {
          ownerId?: unknown;
          updatedAt?: unknown;
          deletedAt?: unknown;
          example?: unknown;
        };
        const own = row.ownerId === ownerId && row.deletedAt === undefined && row.example !== true;
        if (own && typeof row.updatedAt === 'string') return resolve(row.updatedAt);
        cursor.continue();
      };
      request.onerror = () => resolve(null);
    });
  } finally {
    db.close();
  }
}

function languageOf(settings: StoredSettings): 'nl' | 'en' {
  if (settings.language === 'nl' || settings.language === 'en') return settings.language;
  return self.navigator.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** Shows the reminder when a moment passed today that has not been notified yet. */
export async function remindIfDue(now = new Date()): Promise<boolean> {
  const store = settingsStore;
  const settings = ((await get('settings', store)) ?? {}) as StoredSettings;
  const plan = parseReminderPlan(settings.reminder);
  if (!plan || settings.reminderNotify !== true) return false;
  const due = lastDueMoment(plan, now);
  if (!due || dayKeyOf(due) !== dayKeyOf(now)) return false;
  const notified = (await get(NOTIFIED_KEY, store)) as string | undefined;
  if (typeof notified === 'string' && Date.parse(notified) >= due.getTime()) return false;
  // Written since the moment, or the nudge on Today put away since: the same rule as the nudge.
  const dismissedAt =
    typeof settings.reminderNudgeDismissedAt === 'string'
      ? settings.reminderNudgeDismissedAt
      : null;
  const wroteAt =
    typeof settings.profileId === 'string'
      ? await ownDiaryChangeSince(due, settings.profileId)
      : null;
  if (!nudgeDue(plan, now, wroteAt, dismissedAt)) return false;
  const words = reminderWords[languageOf(settings)];
  await self.registration.showNotification(words['reminder.summary'], {
    tag: REMINDER_SYNC_TAG,
    // No icon: the platform shows the installed app's own, and fetching one could fail offline.
    data: { url: '/diary/new' },
  });
  await set(NOTIFIED_KEY, now.toISOString(), store);
  return true;
}

/** Answers the periodic wake-up and opens Koers on a new diary form when tapped. */
export function listenForReminders(): void {
  self.addEventListener('periodicsync', (event) => {
    const sync = event as ExtendableEvent & { tag?: string };
    if (sync.tag === REMINDER_SYNC_TAG) sync.waitUntil(remindIfDue());
  });
  self.addEventListener('notificationclick', (event) => {
    if (event.notification.tag !== REMINDER_SYNC_TAG) return;
    event.notification.close();
    event.waitUntil(
      (async () => {
        const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
        const open = windows[0];
        if (open) {
          await open.focus();
          await open.navigate('/diary/new').catch(() => undefined);
          return;
        }
        await self.clients.openWindow('/diary/new');
      })(),
    );
  });
}

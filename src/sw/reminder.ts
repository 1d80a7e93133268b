/// <reference lib="webworker" />
// The diary reminder's notification, for an installed app whose browser wakes the worker now
// and then (Periodic Background Sync). The worker reads only the reminder settings, shows one
// notification per reminder moment, and says nothing of what the client wrote.
import { createStore, get, set } from 'idb-keyval';
import { dayKeyOf } from '../domain/dates';
import { lastDueMoment, parseReminderPlan, REMINDER_SYNC_TAG } from '../domain/reminders/plan';
import { reminderWords } from '../i18n/messages/reminder';

declare const self: ServiceWorkerGlobalScope;

// The same store the page's settings live in (src/db/settings.ts).
const settingsStore = () => createStore('koers-settings', 'settings');
const NOTIFIED_KEY = 'reminder-notified-at';

interface StoredSettings {
  reminder?: unknown;
  reminderNotify?: unknown;
  language?: unknown;
}

function languageOf(settings: StoredSettings): 'nl' | 'en' {
  if (settings.language === 'nl' || settings.language === 'en') return settings.language;
  return self.navigator.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** Shows the reminder when a moment passed today that has not been notified yet. */
export async function remindIfDue(now = new Date()): Promise<boolean> {
  const store = settingsStore();
  const settings = ((await get('settings', store)) ?? {}) as StoredSettings;
  const plan = parseReminderPlan(settings.reminder);
  if (!plan || settings.reminderNotify !== true) return false;
  const due = lastDueMoment(plan, now);
  if (!due || dayKeyOf(due) !== dayKeyOf(now)) return false;
  const notified = (await get(NOTIFIED_KEY, store)) as string | undefined;
  if (typeof notified === 'string' && Date.parse(notified) >= due.getTime()) return false;
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

// Notifications for the diary reminder where the platform can show them while Koers is
// closed: an installed app in a Chromium browser, through Periodic Background Sync. The
// browser decides how often it wakes the worker (often a few times a day at most), so a
// notification can come later than the chosen time; the calendar file is exact.
import { REMINDER_SYNC_TAG } from '../../domain/reminders/plan';

/** What turning notifications on came to. */
export type NotifyOutcome = 'on' | 'denied' | 'not-installed' | 'unsupported';

interface PeriodicSyncManager {
  register(tag: string, options?: { minInterval: number }): Promise<void>;
  unregister(tag: string): Promise<void>;
}

async function periodicSync(): Promise<PeriodicSyncManager | undefined> {
  if (!('serviceWorker' in navigator)) return undefined;
  const registration = (await navigator.serviceWorker.ready) as ServiceWorkerRegistration & {
    periodicSync?: PeriodicSyncManager;
  };
  return registration.periodicSync;
}

/** Asks for permission and registers the periodic check. */
export async function turnNotificationsOn(): Promise<NotifyOutcome> {
  if (typeof Notification === 'undefined') return 'unsupported';
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') return 'denied';
  const sync = await periodicSync();
  if (!sync) return 'unsupported';
  try {
    // An hour is the least we ask for; the browser may wake the worker less often.
    await sync.register(REMINDER_SYNC_TAG, { minInterval: 60 * 60 * 1000 });
    return 'on';
  } catch {
    // Chromium allows periodic sync only for an installed app.
    return 'not-installed';
  }
}

/** Stops the periodic check (nothing to stop is fine). */
export async function turnNotificationsOff(): Promise<void> {
  const sync = await periodicSync().catch(() => undefined);
  await sync?.unregister(REMINDER_SYNC_TAG).catch(() => undefined);
}

// The service worker's reminder: one notification per reminder moment, only when asked for,
// only on the day of the moment, in the chosen language, and never with diary text.
import { createStore, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { remindIfDue } from '../../../src/sw/reminder';

const showNotification = vi.fn(async () => undefined);
const store = createStore('koers-settings', 'settings');

beforeEach(async () => {
  showNotification.mockClear();
  vi.stubGlobal('self', {
    registration: { showNotification },
    navigator: { language: 'en-GB' },
  });
  await set('reminder-notified-at', undefined, store);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

// Wednesday 2 December 2026, local time.
const at = (h: number, m: number) => new Date(2026, 11, 2, h, m);

describe('remindIfDue', () => {
  it('notifies once per moment, in the chosen language', async () => {
    await set(
      'settings',
      { reminder: { days: [3], times: ['08:00', '19:30'] }, reminderNotify: true, language: 'nl' },
      store,
    );
    expect(await remindIfDue(at(19, 40))).toBe(true);
    expect(showNotification).toHaveBeenCalledWith('Tijd voor je Koers-dagboek', {
      tag: 'koers-diary-reminder',
      data: { url: '/diary/new' },
    });
    expect(await remindIfDue(at(20, 10))).toBe(false);
    expect(showNotification).toHaveBeenCalledTimes(1);
  });

  it('notifies again for the next moment of the same day', async () => {
    await set(
      'settings',
      { reminder: { days: [3], times: ['08:00', '19:30'] }, reminderNotify: true },
      store,
    );
    expect(await remindIfDue(at(9, 0))).toBe(true);
    expect(await remindIfDue(at(12, 0))).toBe(false);
    expect(await remindIfDue(at(19, 31))).toBe(true);
    expect(showNotification).toHaveBeenCalledTimes(2);
    expect(showNotification).toHaveBeenLastCalledWith(
      'Time for your Koers diary',
      expect.anything(),
    );
  });

  it('stays quiet when notifications were not asked for, before the first moment, or on another day', async () => {
    await set('settings', { reminder: { days: [3], times: ['19:30'] } }, store);
    expect(await remindIfDue(at(20, 0))).toBe(false);
    await set(
      'settings',
      { reminder: { days: [3], times: ['19:30'] }, reminderNotify: true },
      store,
    );
    expect(await remindIfDue(at(7, 0))).toBe(false);
    expect(await remindIfDue(new Date(2026, 11, 3, 9, 0))).toBe(false);
    await set('settings', { reminder: 'garbage', reminderNotify: true }, store);
    expect(await remindIfDue(at(20, 0))).toBe(false);
    expect(showNotification).not.toHaveBeenCalled();
  });
});

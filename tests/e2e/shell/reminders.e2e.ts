// The diary reminder, offline: chosen in Settings with errors next to the fields, saved as a
// calendar file that an independent parser reads as the chosen schedule, a nudge on Today once
// the moment has passed (gone after a diary form or "Not now"), and the service worker's
// notification on a periodic wake-up. Both languages, both themes, a phone, axe clean.
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import {
  expectNoAxeViolations,
  finishFirstRun,
  go,
  goOffline,
  goOnline,
  IPHONE_USER_AGENT,
  openApp,
  patchSettings,
  storedSettings,
  waitForScreenFocus,
  waitForServiceWorker,
} from '../support/app';
import { test } from '../support/fixtures';

// Wednesday 2 December 2026, in the profile's own zone.
const wednesdayEvening = new Date('2026-12-02T20:15:00+01:00').getTime();

async function offlineClient(
  context: BrowserContext,
  language: 'en' | 'nl',
  at: number | 'real time' = wednesdayEvening,
): Promise<Page> {
  const page = await context.newPage();
  if (at !== 'real time') await page.clock.setFixedTime(at);
  await openApp(page);
  await finishFirstRun(page, 'client', language);
  await waitForServiceWorker(page);
  await goOffline(context);
  return page;
}

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe('choosing the reminder', () => {
  test.override({ contextOptions: { locale: 'en-GB', colorScheme: 'dark' } });
  test('validates next to the fields, saves, and writes a calendar file of the schedule (English, dark)', async ({
    context,
  }) => {
    const page = await offlineClient(context, 'en');
    await go(page, '/settings');
    const section = page.getByRole('region', { name: 'Diary reminder' });
    await section.waitFor();

    // Nothing ticked: the error sits with the days and nothing is stored.
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
      await section.getByLabel(day).uncheck();
    }
    await section.getByLabel('Time 1').fill('');
    await section.getByRole('button', { name: 'Save reminder' }).click();
    await section.getByText('Choose at least one day.').waitFor();
    await section.getByText('Write each time as hours and minutes, for example 19:30.').waitFor();
    expect((await storedSettings(page)).reminder ?? null).toBeNull();

    await section.getByLabel('Monday').check();
    await section.getByLabel('Thursday').check();
    await section.getByLabel('Time 1').fill('08:00');
    await section.getByRole('button', { name: 'Add a time' }).click();
    await section.getByLabel('Time 2').fill('19:30');
    await section.getByRole('button', { name: 'Save reminder' }).click();
    await section.getByText('Reminder saved.').waitFor();
    await expect
      .poll(async () => (await storedSettings(page)).reminder)
      .toEqual({ days: [1, 4], times: ['08:00', '19:30'] });

    await section.getByRole('heading', { name: 'How the reminder reaches you' }).waitFor();
    await expectNoAxeViolations(page, 'settings with a reminder (en, dark)');
    expect(await noSidewaysScroll(page)).toBe(true);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Add to my calendar (.ics file)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('koers-reminder.ics');
    const path = await download.path();
    const file = await readFile(path, 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(file));
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((event) => event.startDate.toString())).toEqual([
      '2026-12-03T08:00:00',
      '2026-12-03T19:30:00',
    ]);
    for (const event of events) {
      expect(event.summary).toBe('Time for your Koers diary');
      const next = event.iterator();
      next.next();
      // Thursday, then Monday.
      expect(next.next()?.toString()).toMatch(/^2026-12-07T/);
    }
    expect(file).not.toContain('\n\n');
    // The events' id says nothing: not the profile id every bundle carries.
    const profileId = String((await storedSettings(page)).profileId);
    expect(profileId.length).toBeGreaterThan(0);
    expect(file).not.toContain(profileId);

    // What works on this platform, said plainly: Chromium can notify an installed app.
    expect(await section.getByTestId('reminder-platform').textContent()).toBe(
      'On this device Koers can also show a notification when it is installed. The browser decides when it checks, only while the device is online, so it may come later than the time you chose or not at all.',
    );
    // Removing it says that a calendar keeps what was added to it.
    await section.getByRole('button', { name: 'Remove reminder' }).click();
    await section
      .getByText(
        'Reminder removed. A reminder you added to your calendar stays there until you delete it in the calendar.',
      )
      .waitFor();
    await expect.poll(async () => (await storedSettings(page)).reminder).toBeNull();
  });
});

// What works on each platform, said plainly (issue 19 point 1), with the settings in both
// languages and in both themes per language: Chromium can notify an installed app, iOS cannot
// without a server, and a browser without Periodic Background Sync has the calendar file.
const platformCases = [
  { platform: 'chromium', language: 'en', colorScheme: 'light' },
  { platform: 'ios', language: 'en', colorScheme: 'dark' },
  { platform: 'other', language: 'en', colorScheme: 'light' },
  { platform: 'chromium', language: 'nl', colorScheme: 'dark' },
  { platform: 'ios', language: 'nl', colorScheme: 'light' },
  { platform: 'other', language: 'nl', colorScheme: 'dark' },
] as const;
const platformText = {
  en: {
    title: 'Diary reminder',
    save: 'Save reminder',
    saved: 'Reminder saved.',
    notify: 'Also notify me on this device',
    chromium:
      'On this device Koers can also show a notification when it is installed. The browser decides when it checks, only while the device is online, so it may come later than the time you chose or not at all.',
    ios: 'On iPhone and iPad a web app cannot show a notification while it is closed (that would need a server, and Koers has none). Use the calendar file.',
    other: 'This browser cannot notify you while Koers is closed. Use the calendar file.',
  },
  nl: {
    title: 'Dagboekherinnering',
    save: 'Herinnering opslaan',
    saved: 'Herinnering opgeslagen.',
    notify: 'Geef me ook een melding op dit apparaat',
    chromium:
      'Op dit apparaat kan Koers ook een melding geven als de app geïnstalleerd is. De browser bepaalt wanneer hij kijkt, alleen als het apparaat online is, dus de melding kan later komen dan de tijd die je koos, of niet.',
    ios: 'Op iPhone en iPad kan een web-app geen melding geven terwijl hij gesloten is (daarvoor is een server nodig, en Koers heeft er geen). Gebruik het agendabestand.',
    other:
      'Deze browser kan je geen melding geven terwijl Koers gesloten is. Gebruik het agendabestand.',
  },
} as const;

describe('what works on this platform', () => {
  for (const { platform, language, colorScheme } of platformCases) {
    test(`says it plainly in the settings (${platform}, ${language}, ${colorScheme})`, async ({
      newProfile,
    }) => {
      const text = platformText[language];
      const context = await newProfile({
        locale: language === 'en' ? 'en-GB' : 'nl-NL',
        colorScheme,
        ...(platform === 'ios' ? { userAgent: IPHONE_USER_AGENT } : {}),
      });
      if (platform === 'other') {
        // A browser without Periodic Background Sync (Firefox, Safari on a Mac).
        await context.addInitScript(() => {
          delete (ServiceWorkerRegistration.prototype as { periodicSync?: unknown }).periodicSync;
        });
      }
      const page = await offlineClient(context, language);
      await go(page, '/settings');
      const section = page.getByRole('region', { name: text.title });
      await section.getByRole('button', { name: text.save }).click();
      await section.getByText(text.saved).waitFor();
      expect(await section.getByTestId('reminder-platform').textContent()).toBe(text[platform]);
      // Only where the browser can wake the app is the notification offered.
      expect(await section.getByLabel(text.notify).count()).toBe(platform === 'chromium' ? 1 : 0);
      await expectNoAxeViolations(
        page,
        `reminder settings (${platform}, ${language}, ${colorScheme})`,
      );
      expect(await noSidewaysScroll(page)).toBe(true);
    });
  }
});

describe('the nudge on Today', () => {
  test('shows once the moment has passed today, and goes after a diary form (Dutch, light)', async ({
    newProfile,
  }) => {
    const context = await newProfile({ locale: 'nl-NL' });
    const page = await offlineClient(context, 'nl');
    await patchSettings(page, { reminder: { days: [3], times: ['19:30'] } });
    await go(page, '/');
    const nudge = page.getByRole('complementary', {
      name: 'Je dagboekmoment (19:30) is voorbij. Een paar regels over iets van vandaag?',
    });
    await nudge.waitFor();
    await expectNoAxeViolations(page, 'Today with the reminder nudge (nl, light)');
    expect(await noSidewaysScroll(page)).toBe(true);

    await nudge.getByRole('link', { name: 'Nieuw dagboekformulier' }).click();
    await waitForScreenFocus(page);
    await page
      .locator('#diary-situation')
      .fill('Na het eten de mail van mijn leidinggevende gelezen');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL((url) => url.pathname === '/diary');
    await go(page, '/');
    await page.getByRole('heading', { name: 'Vandaag' }).waitFor();
    // Today's material has loaded (the recent diary list), and the nudge is not part of it.
    await page.getByText('Na het eten de mail van mijn leidinggevende gelezen').waitFor();
    expect(await nudge.count()).toBe(0);
  });

  test('goes with "Not now" until the next moment, and never nags about an earlier day', async ({
    newProfile,
  }) => {
    const context = await newProfile({ timezoneId: 'America/Los_Angeles' });
    // Wednesday 2 December, 20:15 in Los Angeles.
    const at = new Date('2026-12-02T20:15:00-08:00').getTime();
    const page = await offlineClient(context, 'en', at);
    await patchSettings(page, { reminder: { days: [3, 4], times: ['19:30'] } });
    await go(page, '/');
    const nudge = page.locator('.reminder-nudge');
    await nudge.getByRole('button', { name: 'Not now' }).click();
    await nudge.waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await storedSettings(page)).reminderNudgeDismissedAt)
      .toBeTruthy();
    await page.reload();
    await page.getByRole('heading', { name: 'Today' }).waitFor();
    await page.getByRole('link', { name: 'New diary form' }).first().waitFor();
    expect(await nudge.count()).toBe(0);

    // Thursday morning: Wednesday's moment is not today's, so no nudge.
    await page.clock.setFixedTime(new Date('2026-12-03T09:00:00-08:00').getTime());
    await page.reload();
    await page.getByRole('heading', { name: 'Today' }).waitFor();
    expect(await nudge.count()).toBe(0);
    // Thursday evening: a new moment.
    await page.clock.setFixedTime(new Date('2026-12-03T19:45:00-08:00').getTime());
    await page.reload();
    await nudge.waitFor();
  });
});

describe('the notification', () => {
  // No time zone emulation here: it reaches pages but not the service worker, and the two
  // must agree on what "today" and "19:30" are.
  test.override({ contextOptions: { timezoneId: null } });
  test('is shown by the service worker on a periodic wake-up, with no diary text', async ({
    context,
  }) => {
    await context.grantPermissions(['notifications']);
    const page = await offlineClient(context, 'en', 'real time');
    // The clock emulation is for pages only; the worker runs on real time, so the plan is
    // this very minute (a moment that has begun, today). In the last minute of a day, wait
    // for the next day first, so the minute cannot end in another day than it began.
    await page.waitForFunction(
      () => {
        const now = new Date();
        return now.getHours() !== 23 || now.getMinutes() !== 59;
      },
      undefined,
      { timeout: 70_000 },
    );
    const { day, time } = await page.evaluate(() => {
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return {
        day: now.getDay() === 0 ? 7 : now.getDay(),
        time: `${pad(now.getHours())}:${pad(now.getMinutes())}`,
      };
    });
    await patchSettings(page, { reminder: { days: [day], times: [time] }, reminderNotify: true });

    const cdp = await context.newCDPSession(page);
    const registrationId = await new Promise<string>((resolve) => {
      cdp.on('ServiceWorker.workerRegistrationUpdated', (event) => {
        const found = event.registrations.find((r) => !r.isDeleted);
        if (found) resolve(found.registrationId);
      });
      void cdp.send('ServiceWorker.enable');
    });
    const origin = new URL(page.url()).origin;
    const wake = () =>
      cdp.send('ServiceWorker.dispatchPeriodicSyncEvent', {
        origin,
        registrationId,
        tag: 'koers-diary-reminder',
      });
    const shown = () =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        const list = await registration.getNotifications({ tag: 'koers-diary-reminder' });
        return list.map((n) => ({ title: n.title, body: n.body }));
      });

    // The browser wakes a worker for periodic sync only while the device is online (the
    // handler itself reads nothing from the network).
    await goOnline(context);
    await wake();
    await expect.poll(shown).toEqual([{ title: 'Time for your Koers diary', body: '' }]);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Promise<unknown>((resolve) => {
              const open = indexedDB.open('koers-settings');
              open.onsuccess = () => {
                const get = open.result
                  .transaction('settings')
                  .objectStore('settings')
                  .get('reminder-notified-at');
                get.onsuccess = () => {
                  open.result.close();
                  resolve(get.result);
                };
              };
            }),
        ),
      )
      .toBeTruthy();
  });
});

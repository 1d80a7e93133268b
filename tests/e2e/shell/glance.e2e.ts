// Home at a glance on a phone, offline, with a known seeded week (the clock fixed on Thursday
// 3 December 2026 in Amsterdam): today's date, the week strip's sentence for each day (a form at
// 00:30 on its own local day), an open assignment that links to the workbook, the trend line's
// text; axe clean and no sideways scroll at 360 and 320 px. English light (British) and dark
// (American), Dutch light and dark. A self-investigation to rate and a diary draft link to
// where the client goes on.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { seedDatabase, uuid } from '../coach/seed';
import { openNewForm } from '../diary/diary-page';
import {
  expectNoAxeViolations,
  finishFirstRun,
  go,
  goOffline,
  openApp,
  storedSettings,
  waitForDraft,
  waitForServiceWorker,
} from '../support/app';
import { test } from '../support/fixtures';
import { addValuation, startInvestigation } from '../zkm/zkm-page';

// Thursday 3 December 2026, 10:00 in Amsterdam.
const thursdayMorning = new Date('2026-12-03T10:00:00+01:00').getTime();
const COACH = uuid(0xc0ac);

/** The seeded records: this week, five earlier weeks for the trend, a coach's assignment. */
function seed(owner: string) {
  let n = 0x600;
  const header = (at: string) => ({
    id: uuid(n++),
    ownerId: owner,
    createdAt: at,
    updatedAt: at,
    rev: 1,
  });
  const form = (at: string, feelingIntensity?: number) => ({
    ...header(at),
    occurredAt: at,
    situation: `Overleg op het lab (${at})`,
    ...(feelingIntensity === undefined ? {} : { feelingIntensity }),
  });
  const session = (at: string, status: 'done' | 'in-progress') => ({
    ...header(at),
    occurredAt: at,
    mode: 'guided' as const,
    status,
    concernsSetAside: [],
    bodyLocations: [],
    questions: [],
    diaryEntryIds: [],
  });
  return {
    diaryEntries: [
      // This week: Monday, Tuesday at 00:30 and in the evening, Thursday without a feeling.
      form('2026-11-30T09:00:00+01:00', 3),
      form('2026-12-01T00:30:00+01:00', 7),
      form('2026-12-01T20:00:00+01:00', 4),
      form('2026-12-03T08:00:00+01:00'),
      // Earlier weeks: 3 (from 26 October), 0, 1, 0, 2.
      form('2026-10-27T12:00:00+01:00', 5),
      form('2026-10-28T12:00:00+01:00', 5),
      form('2026-10-29T12:00:00+01:00', 5),
      form('2026-11-10T12:00:00+01:00', 2),
      form('2026-11-24T12:00:00+01:00', 6),
      form('2026-11-26T12:00:00+01:00', 6),
      // The Sunday before the trend's first week: not counted.
      form('2026-10-25T23:30:00+01:00', 1),
    ],
    focusingSessions: [
      session('2026-12-01T07:00:00+01:00', 'done'),
      session('2026-12-02T21:00:00+01:00', 'in-progress'),
    ],
    assignments: [
      {
        id: uuid(0xa55),
        ownerId: COACH,
        createdAt: '2026-11-26T15:00:00+01:00',
        updatedAt: '2026-11-26T15:00:00+01:00',
        rev: 1,
        clientId: owner,
        title: 'Noteer drie werkmomenten',
      },
    ],
  };
}

const expected = {
  en: {
    date: 'Thursday, 3 December 2026',
    days: [
      'Monday 30 November: 1 diary form, no focusing sessions, strongest feeling 3 of 10',
      'Tuesday 1 December: 2 diary forms, 1 focusing session, strongest feeling 7 of 10',
      'Wednesday 2 December: no diary forms, 1 focusing session',
      'Thursday 3 December (today): 1 diary form, no focusing sessions',
      'Friday 4 December: still to come',
      'Saturday 5 December: still to come',
      'Sunday 6 December: still to come',
    ],
    assignment: 'From your coach: Noteer drie werkmomenten',
    focusing: /^Go on with the focusing session of /,
    trend:
      '3, 0, 1, 0, 2, 4 diary forms per week over the last 6 weeks; the last is this week so far.',
    workbook: 'From my coach',
  },
  nl: {
    date: 'donderdag 3 december 2026',
    days: [
      'maandag 30 november: 1 dagboekformulier, geen focussessies, sterkste gevoel 3 van 10',
      'dinsdag 1 december: 2 dagboekformulieren, 1 focussessie, sterkste gevoel 7 van 10',
      'woensdag 2 december: geen dagboekformulieren, 1 focussessie',
      'donderdag 3 december (vandaag): 1 dagboekformulier, geen focussessies',
      'vrijdag 4 december: nog te komen',
      'zaterdag 5 december: nog te komen',
      'zondag 6 december: nog te komen',
    ],
    assignment: 'Van je coach: Noteer drie werkmomenten',
    focusing: /^Verder met de focussessie van /,
    trend:
      '3, 0, 1, 0, 2, 4 dagboekformulieren per week in de laatste 6 weken; de laatste is deze week tot nu toe.',
    workbook: 'Van mijn coach',
  },
} as const;

/** The dates as a browser asking for American English writes them: month first. */
const american = {
  date: 'Thursday, December 3, 2026',
  days: [
    'Monday, November 30: 1 diary form, no focusing sessions, strongest feeling 3 of 10',
    'Tuesday, December 1: 2 diary forms, 1 focusing session, strongest feeling 7 of 10',
    'Wednesday, December 2: no diary forms, 1 focusing session',
    'Thursday, December 3 (today): 1 diary form, no focusing sessions',
    'Friday, December 4: still to come',
    'Saturday, December 5: still to come',
    'Sunday, December 6: still to come',
  ],
} as const;

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe('home at a glance', () => {
  // English in British order on one theme and in American order on the other: the browser's
  // own English decides (src/i18n/date-locale.ts).
  for (const [language, colorScheme, locale] of [
    ['en', 'light', 'en-GB'],
    ['en', 'dark', 'en-US'],
    ['nl', 'light', 'nl-NL'],
    ['nl', 'dark', 'nl-NL'],
  ] as const) {
    test(`shows the date, the week, what is open and the trend (${locale}, ${colorScheme})`, async ({
      newProfile,
    }) => {
      const want = locale === 'en-US' ? { ...expected.en, ...american } : expected[language];
      const context = await newProfile({ locale, colorScheme });
      const page = await context.newPage();
      await page.clock.setFixedTime(thursdayMorning);
      await openApp(page);
      await finishFirstRun(page, 'client', language);
      await waitForServiceWorker(page);
      await goOffline(context);
      // The empty home has read the database, so it exists to be seeded.
      await page.locator('section[aria-labelledby="home-trend"]').waitFor();
      const owner = String((await storedSettings(page)).profileId);
      await seedDatabase(page, seed(owner));

      await expect.poll(() => page.locator('.home-today').textContent()).toBe(want.date);
      const days = page.locator('.week-strip > li > .visually-hidden');
      await expect.poll(() => days.allTextContents(), { timeout: 30_000 }).toEqual([...want.days]);
      expect(await page.locator('.week-strip > li[aria-current="date"]').count()).toBe(1);
      await expect
        .poll(() => page.locator('.trend-text').textContent(), { timeout: 30_000 })
        .toBe(want.trend);
      // This week, still under way, is the one lighter bar: the last.
      const bars = page.locator('.trend-bar');
      expect(await bars.count()).toBe(6);
      expect(await bars.nth(5).getAttribute('class')).toBe('trend-bar trend-bar-current');
      expect(await page.locator('.trend-bar-current').count()).toBe(1);

      const open = page.locator('section[aria-labelledby="home-unfinished"]');
      await open.getByRole('link', { name: want.focusing }).waitFor();
      const assignment = open.getByRole('link', { name: want.assignment });
      expect(await assignment.getAttribute('href')).toBe('/coach/workbook');

      await expectNoAxeViolations(page, `home at a glance (${language}, ${colorScheme})`);
      expect(await noSidewaysScroll(page)).toBe(true);
      await page.setViewportSize({ width: 320, height: 740 });
      await expect.poll(() => noSidewaysScroll(page)).toBe(true);

      await assignment.click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/coach/workbook');
      await page.getByRole('heading', { name: want.workbook, level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Noteer drie werkmomenten' }).waitFor();
    });
  }

  test('says gently that the trend needs more weeks, and shows no line', async ({ newProfile }) => {
    const context = await newProfile();
    const page = await context.newPage();
    await page.clock.setFixedTime(thursdayMorning);
    await openApp(page);
    await finishFirstRun(page, 'client', 'en');
    await page.locator('section[aria-labelledby="home-trend"]').waitFor();
    const owner = String((await storedSettings(page)).profileId);
    const { diaryEntries } = seed(owner);
    // Only this week's forms: one week with data is not a trend.
    await seedDatabase(page, { diaryEntries: diaryEntries.slice(0, 4) });
    await page
      .getByText(
        'Once you have written diary forms in two different weeks, you will see here how many per week.',
      )
      .waitFor();
    expect(await page.locator('.trend-text').count()).toBe(0);
    expect(await page.locator('.week-strip > li').count()).toBe(7);
  });

  test('links a self-investigation to rate and a diary draft to where the client goes on', async ({
    page,
    context,
  }) => {
    await openApp(page);
    await finishFirstRun(page, 'client', 'en');
    await waitForServiceWorker(page);
    await goOffline(context);
    // A self-investigation with one valuation and nothing rated yet.
    const investigation = await startInvestigation(page);
    await addValuation(page, 'At the lab I want to handle everything myself.', 1);
    // A diary form begun and left: its draft is kept.
    const begun = 'Half written: the meeting after lunch';
    await openNewForm(page);
    await page.locator('#diary-situation').fill(begun);
    await waitForDraft(page, begun);

    await go(page, '/');
    const open = page.locator('section[aria-labelledby="home-unfinished"]');
    const rate = open.getByRole('link', {
      name: /^Go on rating the self-investigation of .+: \d+ ratings to go$/,
    });
    await rate.waitFor();
    // One valuation plus the general and the ideal feeling, each rated on every term.
    const toGo = Number((await rate.textContent())?.match(/(\d+) ratings to go/)?.[1]);
    expect(toGo).toBeGreaterThan(0);
    expect(toGo % 3).toBe(0);
    const draft = open.getByRole('link', { name: /^Go on with the diary form you started \(/ });
    await draft.waitFor();
    await expectNoAxeViolations(page, 'home with an investigation to rate and a draft');

    await rate.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/zkm/${investigation}/rate`);
    await page.getByRole('heading', { level: 1 }).waitFor();

    await go(page, '/');
    await draft.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/diary/new');
    await expect.poll(() => page.locator('#diary-situation').inputValue()).toBe(begun);
  });
});

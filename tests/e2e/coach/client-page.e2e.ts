// The client page as an overview with sub-pages, in English and Dutch on a 1280 × 800 laptop,
// offline: the coach opens the example client, sees who, since when, what is new, the open
// assignments and a link per part with its count; every part opens on its own page with a
// breadcrumb back; the overview is at most two screens high; axe is clean everywhere. The
// clients list finds and hides clients as the coach types, and archive hides a client under
// "Archived (n)" until it is unarchived.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import {
  expectNoAxeViolations,
  finishFirstRun,
  go,
  goOffline,
  openApp,
  waitForServiceWorker,
} from '../support/app';
import { test } from '../support/fixtures';
import { seedDatabase, seedLocal, seedRecords } from './seed';

const EXAMPLE_PROFILE = 'e8a3b1c0-0000-4000-8000-00000000c11e';

/** What differs per language: the texts the test looks for. */
interface Words {
  language: 'en' | 'nl';
  tryExample: string;
  newSince: string;
  openAssignments: string;
  pages: string;
  breadcrumb: string;
  clients: string;
  /** Per part: the link, the count beside it (the example: 17 forms, 2 investigations, 8
   * sessions, 1 theme, no notes or assignments yet), and the sub-page's heading. */
  parts: { link: string; count: string; heading: RegExp }[];
  search: string;
  noMatch: (query: string) => string;
  shown: (shown: number, total: number) => string;
  archive: (name: string) => string;
  unarchive: (name: string) => string;
  archived: (count: number) => string;
}

const english: Words = {
  language: 'en',
  tryExample: 'Try Koers with the example client',
  newSince: 'New since the last import',
  openAssignments: 'Open assignments',
  pages: 'Pages about this client',
  breadcrumb: 'You are here',
  clients: 'Clients',
  parts: [
    { link: 'Diary', count: '17 diary forms', heading: /^Diary of Ruud/ },
    {
      link: 'Self-investigations (ZKM)',
      count: '2 self-investigations',
      heading: /^Self-investigations of Ruud/,
    },
    { link: 'Focusing', count: '8 sessions', heading: /^Focusing of Ruud/ },
    {
      link: 'Themes (change process)',
      count: '1 theme',
      heading: /^Themes and own report of Ruud/,
    },
    { link: 'Notes', count: '0 notes', heading: /^Your notes on Ruud/ },
    {
      link: 'Assignments and question sets',
      count: '0 assignments',
      heading: /^Assignments for Ruud/,
    },
    { link: 'Send to the client', count: '0 notes for the client', heading: /^Send to Ruud/ },
    { link: 'Report', count: 'To print or save as PDF', heading: /^Report: Ruud/ },
  ],
  search: 'Search by name',
  noMatch: (query) => `No client matches “${query}”.`,
  shown: (shown, total) => `${shown} of ${total} clients shown`,
  archive: (name) => `Archive: ${name}`,
  unarchive: (name) => `Unarchive: ${name}`,
  archived: (count) => `Archived (${count})`,
};

const dutch: Words = {
  language: 'nl',
  tryExample: 'Probeer Koers met de voorbeeldcliënt',
  newSince: 'Nieuw sinds de laatste import',
  openAssignments: 'Lopende opdrachten',
  pages: 'Pagina’s over deze cliënt',
  breadcrumb: 'Je bent hier',
  clients: 'Cliënten',
  parts: [
    { link: 'Dagboek', count: '17 dagboekformulieren', heading: /^Dagboek van Ruud/ },
    {
      link: 'Zelfonderzoeken (ZKM)',
      count: '2 zelfonderzoeken',
      heading: /^Zelfonderzoeken van Ruud/,
    },
    { link: 'Focussen', count: '8 focussessies', heading: /^Focussen van Ruud/ },
    {
      link: 'Thema’s (veranderproces)',
      count: '1 thema',
      heading: /^Thema’s en eigen verslag van Ruud/,
    },
    { link: 'Notities', count: '0 notities', heading: /^Jouw notities over Ruud/ },
    { link: 'Opdrachten en vragensets', count: '0 opdrachten', heading: /^Opdrachten voor Ruud/ },
    {
      link: 'Naar de cliënt sturen',
      count: '0 notities voor de cliënt',
      heading: /^Naar Ruud.* sturen$/,
    },
    { link: 'Verslag', count: 'Om af te drukken of als pdf te bewaren', heading: /^Verslag: Ruud/ },
  ],
  search: 'Zoeken op naam',
  noMatch: (query) => `Geen cliënt past bij “${query}”.`,
  shown: (shown, total) => `${shown} van ${total} cliënten getoond`,
  archive: (name) => `Archiveren: ${name}`,
  unarchive: (name) => `Uit archief halen: ${name}`,
  archived: (count) => `Gearchiveerd (${count})`,
};

/** The overview's navigation to the parts. */
const partsNav = (page: Page, words: Words) => page.getByRole('navigation', { name: words.pages });

async function openOverview(page: Page) {
  await go(page, `/coach/clients/${EXAMPLE_PROFILE}`);
  await page.getByRole('heading', { name: /Ruud/, level: 1 }).waitFor({ timeout: 30_000 });
}

async function overviewAndParts(page: Page, words: Words) {
  await page.getByRole('button', { name: words.tryExample }).click();
  await page.getByRole('heading', { name: /Ruud/, level: 1 }).waitFor({ timeout: 30_000 });
  expect(page.url()).toContain(`/coach/clients/${EXAMPLE_PROFILE}`);
  await page.getByRole('region', { name: words.newSince }).waitFor();
  await page.getByRole('region', { name: words.openAssignments }).waitFor();
  const nav = partsNav(page, words);
  await expect.poll(() => nav.getByRole('listitem').count()).toBe(words.parts.length);
  for (const part of words.parts) {
    const item = nav.getByRole('listitem').filter({
      has: page.getByRole('link', { name: part.link, exact: true }),
    });
    expect(await item.textContent()).toBe(`${part.link}${part.count}`);
  }
  // At most about two screens high at 1280 × 800.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThanOrEqual(2 * 800);
  await expectNoAxeViolations(page, `client overview (${words.language})`);

  for (const part of words.parts) {
    await openOverview(page);
    // Keyboard: focus the part's link and follow it with Enter.
    await partsNav(page, words).getByRole('link', { name: part.link, exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: part.heading, level: 1 }).waitFor({ timeout: 30_000 });
    const crumbs = page.getByRole('navigation', { name: words.breadcrumb });
    await expectNoAxeViolations(page, `client part ${part.link} (${words.language})`);
    // Only its part: no other part's link list and no "new since" on a sub-page.
    expect(await page.getByRole('region', { name: words.newSince }).count()).toBe(0);
    await crumbs.getByRole('link', { name: /Ruud/ }).click();
    await page.getByRole('heading', { name: /Ruud/, level: 1 }).waitFor({ timeout: 30_000 });
    await partsNav(page, words).waitFor();
  }
  // The breadcrumb's first step leads to the clients list.
  await go(page, `/coach/clients/${EXAMPLE_PROFILE}/notes`);
  await page
    .getByRole('navigation', { name: words.breadcrumb })
    .getByRole('link', { name: words.clients, exact: true })
    .click();
  await page.getByRole('heading', { name: words.clients, level: 1 }).waitFor();
}

async function searchAndArchive(page: Page, words: Words) {
  const now = new Date();
  await seedDatabase(page, { ...seedRecords(now), ...seedLocal(now) });
  await go(page, '/coach');
  const articles = page.locator('section.coach > ul.coach-list > li > article');
  const status = page.getByRole('status').first();
  await expect.poll(() => articles.count()).toBe(3);

  const search = page.getByLabel(words.search);
  await search.pressSequentially('ano');
  await expect.poll(() => status.textContent()).toBe(words.shown(1, 3));
  expect(await articles.count()).toBe(1);
  await page.getByRole('article', { name: 'Anouk' }).waitFor();
  await search.fill('Pieter');
  await expect.poll(() => status.textContent()).toBe(words.noMatch('Pieter'));
  expect(await articles.count()).toBe(0);
  await search.fill('');
  await expect.poll(() => articles.count()).toBe(3);
  await expectNoAxeViolations(page, `clients list (${words.language})`);

  // Archive: hidden from the list and from Today, shown under "Archived (1)".
  await page.getByRole('button', { name: words.archive('Anouk') }).click();
  await expect.poll(() => articles.count()).toBe(2);
  const fold = page.locator('details.coach-archived');
  await expect.poll(() => fold.locator('summary').textContent()).toBe(words.archived(1));
  await go(page, '/');
  await page.locator('.home-list li', { hasText: 'Jeroen' }).waitFor();
  expect(await page.locator('.home-list li', { hasText: 'Anouk' }).count()).toBe(0);
  await go(page, '/coach');
  await expect.poll(() => articles.count()).toBe(2);
  await fold.locator('summary').click();
  await expectNoAxeViolations(page, `clients list with the archive open (${words.language})`);
  // Found by search in the archive too (the fold opens while searching).
  await search.fill('anouk');
  await expect.poll(() => status.textContent()).toBe(words.shown(0, 3));
  await fold.getByRole('button', { name: words.unarchive('Anouk') }).click();
  await expect.poll(() => articles.count()).toBe(1);
  await expect.poll(() => fold.count()).toBe(0);
  await search.fill('');
  await expect.poll(() => articles.count()).toBe(3);
}

describe('the client page and the clients list', () => {
  test.override({ contextOptions: { viewport: { width: 1280, height: 800 } } });
  for (const words of [english, dutch]) {
    test(`shows an overview with sub-pages, search and archive (${words.language})`, {
      timeout: 240_000,
    }, async ({ context, page }) => {
      await openApp(page);
      await finishFirstRun(page, 'coach', words.language);
      await waitForServiceWorker(page);
      await goOffline(context);
      await overviewAndParts(page, words);
      await searchAndArchive(page, words);
    });
  }
});

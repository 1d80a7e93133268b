// Results a client can read (issue 12 point 2), offline, in English and Dutch, light and dark:
// on a 360 x 740 touch phone one card per valuation with its type in words and S, O, P, N as
// bars with their values (the example's "Hulp vragen aan een collega voelt als falen.",
// computed by hand in tests/unit/zkm-ui/example-zkm.test.ts: S 5, O 0, P 0, N 15, −S, a weak
// motive), an explanation opened with one tap and with the keyboard, the cards ordered by
// type, the "How to read this" page there and back, the index table behind its disclosure with
// its valuation column in place while the figures scroll; at 1280 x 800 the table open by
// itself. No sideways overflow, axe clean, no request to another origin.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { exampleId } from '../../../src/domain/example/ids';
import {
  expectNoAxeViolations,
  finishFirstRun,
  goOffline,
  openApp,
  waitForServiceWorker,
  watchForeignRequests,
} from '../support/app';
import { test } from '../support/fixtures';
import { openResults, resultsDrawn } from './results-page';

const FIRST = exampleId(2001);
const HELP = 'Hulp vragen aan een collega voelt als falen.';
const MINUS = '\u2212';

const words = {
  en: {
    locale: 'en-GB',
    type: `${MINUS}S: a negative, self-enhancing valuation`,
    values: ['5 of 20', '0 of 20', '0 of 20', '15 of 20'],
    generalValues: ['10 of 20', '3 of 20', '3 of 20', '14 of 20'],
    generalType: `${MINUS}S: a negative, self-enhancing valuation`,
    idealType: '+HH: a positive valuation with both motives high',
    far: 'far from how you would like to feel',
    names: [
      'S self-enhancement',
      'O contact with others',
      'P positive feelings',
      'N negative feelings',
    ],
    reading: 'Perhaps',
    weak: 'Read this type with care',
    sExplained: 'S (self-enhancement)',
    pnExplained: 'P\u2212N: P minus N',
    howTo: 'How to read this',
    howToTitle: 'How to read your results',
    back: 'Back to the results',
    results: 'Results',
    order: 'Order of the cards',
    table: 'All figures in one table',
  },
  nl: {
    locale: 'nl-NL',
    type: `${MINUS}Z: een negatieve, zelfbevestigende waardering`,
    values: ['5 van 20', '0 van 20', '0 van 20', '15 van 20'],
    generalValues: ['10 van 20', '3 van 20', '3 van 20', '14 van 20'],
    generalType: `${MINUS}Z: een negatieve, zelfbevestigende waardering`,
    idealType: '+HH: een positieve waardering met beide motieven hoog',
    far: 'ver van hoe je je graag zou willen voelen',
    names: [
      'Z zelfbevestiging',
      'A verbondenheid met de ander',
      'P positieve gevoelens',
      'N negatieve gevoelens',
    ],
    reading: 'Misschien',
    weak: 'Lees dit type voorzichtig',
    sExplained: 'Z (zelfbevestiging)',
    pnExplained: 'P\u2212N: P min N',
    howTo: 'Zo lees je dit',
    howToTitle: 'Zo lees je je resultaten',
    back: 'Terug naar de resultaten',
    results: 'Resultaten',
    order: 'Volgorde van de kaarten',
    table: 'Alle cijfers in één tabel',
  },
} as const;

async function loadExample(page: Page, language: 'nl' | 'en') {
  await page.goto(new URL('/', page.url()).href);
  const button = page.locator('.example-data button');
  await button.waitFor();
  await button.click();
  await page.locator('.example-data [role="status"]').filter({ hasText: /\d/ }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
}

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The card of the example's "asking for help" valuation. */
const helpCard = (page: Page) =>
  page.locator('[data-result-card]', { has: page.locator('.zkm-result-text', { hasText: HELP }) });

/** Left edges of the valuation's cell and of its S cell in the index table. */
const rowEdges = (page: Page) =>
  page
    .locator('.zkm-index-table tr', { has: page.locator('th', { hasText: HELP }) })
    .evaluate((row) => ({
      text: (row.querySelector('th') as HTMLElement).getBoundingClientRect().left,
      figure: (row.querySelectorAll('td')[1] as HTMLElement).getBoundingClientRect().left,
    }));

for (const language of ['en', 'nl'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`shows readable result cards on a phone and the table on a wide screen (${language}, ${colorScheme})`, {
      timeout: 180_000,
    }, async ({ newProfile }) => {
      const w = words[language];
      const context = await newProfile({
        locale: w.locale,
        colorScheme,
        hasTouch: true,
        isMobile: true,
      });
      const foreign = watchForeignRequests(context);
      const page = await context.newPage();
      await openApp(page);
      await finishFirstRun(page, 'client', language);
      await waitForServiceWorker(page);
      await goOffline(context);
      await loadExample(page, language);

      await openResults(page, FIRST);
      expect(await page.locator('[data-result-card]').count()).toBe(12);

      // The card: type in words, four labelled bars with their values in text.
      const card = helpCard(page);
      // Card text is read with textContent: cards out of view are not laid out
      // (content-visibility: auto), and innerText of a card not laid out is empty.
      await expect
        .poll(() => card.locator('.zkm-result-type button').textContent())
        .toContain(w.type);
      const figures = card.locator('.zkm-fig');
      const names = await figures.locator('.zkm-explain-label').allTextContents();
      expect(names.slice(0, 4)).toEqual(w.names);
      const values = await figures.locator('.zkm-fig-value').allTextContents();
      expect(values.slice(0, 4)).toEqual(w.values);
      // S − O 5, P − N −15 (either minus sign the number format uses).
      expect(values[4]).toBe('5');
      expect(values[5]).toMatch(/^[-\u2212]15$/);
      // The bars: S 5 of 20 fills a quarter, N 15 of 20 three quarters, O and P nothing.
      const fills = await figures.evaluateAll((rows) =>
        rows.slice(0, 4).map((row) => {
          const bar = row.querySelector('.zkm-fig-bar') as HTMLElement;
          const fill = row.querySelector('.zkm-fig-fill') as HTMLElement;
          const inner = bar.clientWidth;
          return Math.round((fill.getBoundingClientRect().width / inner) * 100);
        }),
      );
      expect(fills[0]).toBeGreaterThanOrEqual(24);
      expect(fills[0]).toBeLessThanOrEqual(26);
      expect(fills[1]).toBe(0);
      expect(fills[2]).toBe(0);
      expect(fills[3]).toBeGreaterThanOrEqual(74);
      expect(fills[3]).toBeLessThanOrEqual(76);
      await expect.poll(() => card.textContent()).toContain(w.weak);
      // GEN and IDEAL: a value (or n/a) and a plain reading.
      const readings = await card.locator('.zkm-fig-reading').allTextContents();
      expect(readings).toHaveLength(2);
      for (const reading of readings) expect(reading.length).toBeGreaterThan(10);

      // The general and the ideal feeling have a card each, without their r with themselves.
      // First investigation: general P 1+1+1+0 = 3, S 2+3+2+3 = 10, O 3, N 4+3+3+4 = 14 (−S);
      // ideal P 18, S 16, O 17, N 0 (+HH). r(general, ideal) over the 16 terms:
      // (66 − 30·51/16) / √((82 − 900/16)(219 − 2601/16)) = −29.625 / 38.12 = −0.78.
      const feelings = page.locator(
        'section[aria-labelledby="zkm-feelings-title"] .zkm-result-card',
      );
      expect(await feelings.count()).toBe(2);
      const general = feelings.first();
      expect(await general.locator('.zkm-result-type button').textContent()).toContain(
        w.generalType,
      );
      const generalValues = await general.locator('.zkm-fig-value').allTextContents();
      expect(generalValues.slice(0, 4)).toEqual(w.generalValues);
      // S − O 7, P − N −11, then IDEAL only (GEN would be r with itself).
      expect(generalValues).toHaveLength(7);
      expect(generalValues[6]).toMatch(/^[-−]0[.,]78 /);
      expect(generalValues[6]).toContain(w.far);
      const ideal = feelings.nth(1);
      expect(await ideal.locator('.zkm-result-type button').textContent()).toContain(w.idealType);
      expect(await ideal.locator('.zkm-fig-value').count()).toBe(6);

      // One tap opens the type's explanation and the S explanation.
      const typeToggle = card.locator('.zkm-result-type button');
      await typeToggle.tap();
      await expect.poll(() => typeToggle.getAttribute('aria-expanded')).toBe('true');
      await expect
        .poll(() => card.locator('.zkm-result-type .zkm-explain-text').textContent())
        .toContain(w.reading);
      const sToggle = figures.first().locator('button');
      await sToggle.tap();
      await expect
        .poll(() => figures.first().locator('.zkm-explain-text').textContent())
        .toContain(w.sExplained);
      // By keyboard: Enter opens P−N's explanation, Space closes it again.
      const pnToggle = figures.nth(5).locator('button');
      await pnToggle.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => pnToggle.getAttribute('aria-expanded')).toBe('true');
      await expect
        .poll(() => figures.nth(5).locator('.zkm-explain-text').textContent())
        .toContain(w.pnExplained);
      await page.keyboard.press('Space');
      await expect.poll(() => pnToggle.getAttribute('aria-expanded')).toBe('false');
      expect(await figures.nth(5).locator('.zkm-explain-text').count()).toBe(0);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page, `results cards (${language}, ${colorScheme})`);

      // Grouped by type: the S-type groups hold the example's 7 S-type valuations.
      await page.getByLabel(w.order).selectOption('type');
      await expect.poll(() => page.locator('.zkm-result-group').count()).toBeGreaterThan(1);
      const headings = await page.locator('.zkm-result-group h3').allInnerTexts();
      const sType = headings
        .filter((heading) => /^[+\u2212±](S|Z):/.test(heading))
        .map((heading) => Number(/\((\d+)\)$/.exec(heading)?.[1]));
      expect(sType.reduce((a, b) => a + b, 0)).toBe(7);
      expect(await page.locator('[data-result-card]').count()).toBe(12);

      // The index table waits behind its disclosure; opened, its valuation column stays put
      // while the figures scroll sideways in their own area.
      const details = page.locator('details.zkm-index-alt');
      expect(await details.getAttribute('open')).toBeNull();
      await details.locator('summary', { hasText: w.table }).tap();
      await expect.poll(() => details.getAttribute('open')).toBe('');
      const area = details.locator('.zkm-scroll');
      const before = await rowEdges(page);
      await area.evaluate((element) => {
        element.scrollLeft = 200;
      });
      await expect.poll(() => area.evaluate((element) => element.scrollLeft)).toBeGreaterThan(50);
      const after = await rowEdges(page);
      // Within a pixel: collapsed borders put the edge on a half pixel once it sticks.
      expect(Math.abs(after.text - before.text)).toBeLessThanOrEqual(1);
      expect(after.figure).toBeLessThan(before.figure - 50);
      expect(await overflow(page)).toBeLessThanOrEqual(0);

      // "How to read this" opens from the top and leads back.
      await page.getByRole('link', { name: w.howTo }).tap();
      await page.getByRole('heading', { name: w.howToTitle, level: 1 }).waitFor();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page, `how to read (${language}, ${colorScheme})`);
      await page.getByRole('link', { name: w.back }).first().tap();
      await page.getByRole('heading', { name: w.results, level: 1 }).waitFor();
      await resultsDrawn(page);

      // A wide screen: the same cards, and the table open by itself.
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.reload();
      await resultsDrawn(page);
      await expect
        .poll(() => helpCard(page).locator('.zkm-result-type button').textContent())
        .toContain(w.type);
      expect(await page.locator('details.zkm-index-alt').getAttribute('open')).toBe('');
      const wide = page.locator('details.zkm-index-alt .zkm-scroll');
      const scrolls = await wide.evaluate((element) => element.scrollWidth > element.clientWidth);
      if (scrolls) {
        const start = await rowEdges(page);
        await wide.evaluate((element) => {
          element.scrollLeft = element.scrollWidth;
        });
        await expect.poll(async () => (await rowEdges(page)).figure).toBeLessThan(start.figure);
        expect(Math.abs((await rowEdges(page)).text - start.text)).toBeLessThanOrEqual(1);
      } else {
        // Everything fits: IDEAL, the last column, is inside the window.
        const right = await page
          .locator('.zkm-index-table thead th')
          .last()
          .evaluate((cell) => cell.getBoundingClientRect().right);
        expect(right).toBeLessThanOrEqual(1280);
      }
      const typeToggleWide = helpCard(page).locator('.zkm-result-type button');
      await typeToggleWide.click();
      await expect.poll(() => typeToggleWide.getAttribute('aria-expanded')).toBe('true');
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page, `results wide (${language}, ${colorScheme})`);
      expect(foreign).toEqual([]);
    });
  }
}

import { expect } from 'vitest';
import { exampleId } from '../../../src/domain/example/ids';
import { expectNoAxeViolations, watchForeignRequests } from '../support/app';
import { test } from '../support/fixtures';
import { headersBrokenInWords } from '../support/tables';
import { openResults, screenSettled } from './results-page';
import { loadExample } from './zkm-page';

const FIRST = exampleId(2001);
const SECOND = exampleId(2002);
const VALUATION = exampleId(2013);

const screens = [
  '/zkm',
  '/zkm/new',
  '/zkm/lists',
  '/zkm/lists/new',
  `/zkm/${FIRST}`,
  `/zkm/${FIRST}/questions`,
  `/zkm/${FIRST}/valuations`,
  `/zkm/${FIRST}/rate?item=${VALUATION}`,
  `/zkm/${FIRST}/rate?item=done`,
  `/zkm/${FIRST}/results`,
  `/zkm/${FIRST}/how-to-read`,
  `/zkm/${FIRST}/discuss`,
  `/zkm/${FIRST}/reinvestigate`,
  `/zkm/${SECOND}`,
  `/zkm/${SECOND}/compare`,
  `/zkm/${SECOND}/results`,
  `/zkm/${SECOND}/discuss`,
  '/zkm/00000000-0000-4000-8000-000000000000',
];

for (const language of ['nl', 'en'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no axe violations and no heading broken in a word on any ZKM screen (${language}, ${colorScheme})`, {
      // Generous: axe over every screen, the results with a card per valuation, on a busy machine.
      timeout: 300_000,
    }, async ({ newProfile }) => {
      const context = await newProfile({
        locale: language === 'nl' ? 'nl-NL' : 'en-GB',
        colorScheme,
      });
      const foreign = watchForeignRequests(context);
      const page = await context.newPage();
      await loadExample(page, language);
      for (const path of screens) {
        await page.goto(new URL(path, page.url()).href);
        await page.locator('main h1').first().waitFor();
        await screenSettled(page);
        // Open every table alternative, so axe checks those tables too.
        await page.evaluate(() => {
          for (const details of document.querySelectorAll('main details'))
            details.setAttribute('open', '');
        });
        // The index table is rendered once its disclosure opens: wait for it.
        if ((await page.locator('details.zkm-index-alt').count()) > 0)
          await page.locator('.zkm-index-table').waitFor();
        await expectNoAxeViolations(page, `${path} (${language}, ${colorScheme})`);
        // At the phone's 360 px, with every table open: no heading, of a column or of a row (a
        // feeling term, the client's own words), breaks inside a word.
        expect(await headersBrokenInWords(page), path).toEqual([]);
      }
      // The matrix becomes a table on a wide screen: check that layout too.
      await page.setViewportSize({ width: 1280, height: 900 });
      await openResults(page, FIRST);
      await page.locator('.zkm-matrix-wide table').waitFor();
      await expectNoAxeViolations(page, `results wide (${language}, ${colorScheme})`);
      expect(foreign).toEqual([]);
    });
  }
}

test("labels indices Z and A in Dutch and shows the example's change", {
  timeout: 60_000,
}, async ({ newProfile }) => {
  const context = await newProfile({ locale: 'nl-NL' });
  const page = await context.newPage();
  await loadExample(page, 'nl');
  await page.goto(new URL(`/zkm/${FIRST}/results`, page.url()).href);
  // On a phone the index table waits behind its disclosure: open it.
  await page.locator('details.zkm-index-alt > summary').click();
  await expect.poll(() => page.locator('details.zkm-index-alt').getAttribute('open')).toBe('');
  const head = page.locator('table.zkm-table').first().locator('thead th');
  await head.first().waitFor();
  expect(await head.allInnerTexts()).toEqual([
    'Nr.',
    'Waardering',
    'Z',
    'A',
    'P',
    'N',
    'Z\u2212A',
    'P\u2212N',
    'Type',
    'GEN',
    'IDEAAL',
  ]);
  // The example's general feeling is a negative Z-type; GEN of general feeling is r with
  // itself (1 by definition), so it shows as a dash.
  const general = page
    .locator('tr', { has: page.locator('th', { hasText: 'Algemeen gevoel' }) })
    .first();
  const cells = await general.locator('td').allInnerTexts();
  expect(cells.slice(-3)).toEqual(['\u2212Z', '—', cells.at(-1)]);
  expect(cells.at(-1)).toMatch(/^-?0,\d\d$/);

  await page.goto(new URL(`/zkm/${SECOND}/compare`, page.url()).href);
  await page.getByRole('heading', { name: 'Toen en nu' }).waitFor();
  const badges = await page.locator('.zkm-compare-list .zkm-badge').allInnerTexts();
  expect(badges.filter((b) => b === 'Gehouden')).toHaveLength(7);
  expect(badges.filter((b) => b === 'Geherformuleerd')).toHaveLength(4);
  expect(badges.filter((b) => b === 'Nieuw')).toHaveLength(1);
  expect(badges.filter((b) => b === 'Vervallen')).toHaveLength(1);
});

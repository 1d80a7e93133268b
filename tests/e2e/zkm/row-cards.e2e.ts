// The chart tables on a phone (issue 19 point 5): each row is a card, its heading on a line of
// its own, so a feeling term never breaks inside a word, and the table is still a table to a
// screen reader. On a wide screen it is a plain table again.
import { expect } from 'vitest';
import { exampleId } from '../../../src/domain/example/ids';
import { test } from '../support/fixtures';
import { openResults } from './results-page';
import { loadExample } from './zkm-page';

const FIRST = exampleId(2001);

test('shows the affect hierarchy as a card per term at 360 px and as a table when wide', {
  timeout: 90_000,
}, async ({ newProfile }) => {
  const context = await newProfile({ locale: 'nl-NL' });
  const page = await context.newPage();
  await loadExample(page, 'nl');
  await openResults(page, FIRST);
  const figure = page.locator('figure', {
    has: page.locator('figcaption', { hasText: /^Affecthiërarchie$/ }),
  });
  await figure.locator('details > summary').first().click();
  const table = figure.getByRole('table', { name: 'Affecthiërarchie' });
  await table.waitFor();

  // To a screen reader: a table with its column headings, and a row heading per term.
  expect(await table.getByRole('columnheader').allTextContents()).toEqual([
    'Plaats',
    'Gevoel',
    'Index',
    'Totaal',
    'Niet gescoord',
  ]);
  expect(await table.getByRole('rowheader').count()).toBe(16);
  const row = table.getByRole('row', { name: /bezorgdheid/ });
  expect(await row.getByRole('cell').count()).toBe(4);
  expect(await row.ariaSnapshot()).toContain('rowheader "bezorgdheid"');

  // On screen: the column headings are hidden, each figure shows its column's name, and the
  // heading has the width of the card beside the rank (not a fifth of the table).
  const layout = () =>
    row.evaluate((tr) => {
      const heading = tr.querySelector('th') as HTMLElement;
      const label = tr.querySelector('.zkm-card-label') as HTMLElement;
      const head = tr.closest('table')?.querySelector('thead') as HTMLElement;
      return {
        headingShare: heading.getBoundingClientRect().width / tr.getBoundingClientRect().width,
        labelShown: label.getClientRects().length > 0,
        columnHeadingsWidth: head.getBoundingClientRect().width,
      };
    });
  const phone = await layout();
  expect(phone.headingShare).toBeGreaterThan(0.6);
  expect(phone.labelShown).toBe(true);
  expect(phone.columnHeadingsWidth).toBeLessThanOrEqual(1);
  expect(await row.locator('.zkm-card-label').allTextContents()).toEqual([
    'Plaats',
    'Index',
    'Totaal',
    'Niet gescoord',
  ]);

  await page.setViewportSize({ width: 1280, height: 900 });
  const wide = await layout();
  expect(wide.headingShare).toBeLessThan(0.5);
  expect(wide.labelShown).toBe(false);
  expect(wide.columnHeadingsWidth).toBeGreaterThan(200);
  // The same table to a screen reader as on the phone.
  expect(await table.getByRole('rowheader').count()).toBe(16);
});

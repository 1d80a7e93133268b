// Every focusing screen has no axe violations, in Dutch and English, light and dark, with the
// example client's sessions loaded so lists, details and charts have content.
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { exampleId } from '../../../src/domain/example/ids';
import { expectNoAxeViolations, finishFirstRun, openApp } from '../support/app';
import { test } from '../support/fixtures';

const EXAMPLE_SESSION = exampleId(3001);

async function visit(page: Page, path: string) {
  await page.goto(new URL(path, page.url()).href);
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
}

describe.each([
  ['en', 'light'],
  ['en', 'dark'],
  ['nl', 'light'],
  ['nl', 'dark'],
] as const)('focusing screens in %s, %s', (language, colorScheme) => {
  test.override({
    contextOptions: { locale: language === 'nl' ? 'nl-NL' : 'en-GB', colorScheme },
  });
  test('have no axe violations', async ({ page }) => {
    await openApp(page);
    await finishFirstRun(page, 'client', language);
    await page.locator('.example-data button').click();
    await page.locator('.example-data [role="status"]').filter({ hasText: /\d/ }).waitFor();
    const label = (screen: string) => `${screen} (${language}, ${colorScheme})`;

    await visit(page, '/focusing');
    await page.locator('.session-item').first().waitFor();
    await page.locator('.filters summary').click();
    await expectNoAxeViolations(page, label('history'));

    await visit(page, '/focusing/insight');
    await page.locator('.insight-timeline li').first().waitFor();
    await expectNoAxeViolations(page, label('insight'));

    await visit(page, `/focusing/${EXAMPLE_SESSION}`);
    await page.locator('dl.details').waitFor();
    await expectNoAxeViolations(page, label('detail'));

    await visit(page, `/focusing/${EXAMPLE_SESSION}/edit`);
    await page.locator('#occurred-at').waitFor();
    await expectNoAxeViolations(page, label('edit'));

    await visit(page, '/focusing/quick');
    await page.locator('#occurred-at').waitFor();
    await page.locator('.quick-more summary').click();
    await page.locator('.qualities summary').click();
    await expectNoAxeViolations(page, label('quick log'));

    await visit(page, '/help');
    await expectNoAxeViolations(page, label('help'));

    // The guided session: every part, with guidance for a chosen distance showing.
    await visit(page, '/focusing/new');
    await page.locator('#stage-title').waitFor();
    await page.locator('details.timers summary').click();
    await expectNoAxeViolations(page, label('guided check-in'));
    const stages = page.locator('.stage-nav button');
    for (let index = 1; index < (await stages.count()); index += 1) {
      await stages.nth(index).click();
      await page
        .locator(`.stage-nav li:nth-child(${index + 1}) button[aria-current="step"]`)
        .waitFor();
      if (index === 2) {
        // Felt sense: a concern chosen, so the distance is asked, with guidance showing.
        await page.locator('#chosen-concern-text').fill('work');
        await page.locator('input[name="distance-start"][value="too-close"]').check();
        await page.locator('input[name="distance-felt-sense"][value="too-far"]').check();
        await page.locator('.body-figure button').first().click();
      }
      if (index === 3) await page.locator('.qualities summary').click();
      await expectNoAxeViolations(page, label(`guided part ${index + 1}`));
    }
    // The grounding pause behind "this is too much".
    await page.locator('.too-much-bar button').click();
    await page.locator('#grounding-title').waitFor();
    await expectNoAxeViolations(page, label('grounding pause'));
  });
});

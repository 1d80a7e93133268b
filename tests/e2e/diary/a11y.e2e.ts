// Every diary screen passes axe in Dutch and English, light and dark, with the example
// client's data loaded (so lists, charts and tables are really there) and with errors shown.
import { describe } from 'vitest';
import { exampleId } from '../../../src/domain/example/ids';
import { expectNoAxeViolations, finishFirstRun, go, openApp } from '../support/app';
import { test } from '../support/fixtures';
import { fillForm, openNewForm, saveForm } from './diary-page';

const cases = [
  ['en', 'light'],
  ['en', 'dark'],
  ['nl', 'light'],
  ['nl', 'dark'],
] as const;

describe.each(cases)('diary screens in %s, %s', (language, colorScheme) => {
  test.override({
    contextOptions: { locale: language === 'nl' ? 'nl-NL' : 'en-GB', colorScheme },
  });
  test('have no axe violations', async ({ page }) => {
    await openApp(page);
    await finishFirstRun(page, 'client', language);
    const label = (screen: string) => `${screen} (${language}, ${colorScheme})`;

    // Empty diary first, before any example data.
    await go(page, '/diary');
    await page.locator('.diary-empty').waitFor();
    await expectNoAxeViolations(page, label('empty timeline'));
    await go(page, '/diary/insight');
    await page.locator('.diary-insight h2').first().waitFor();
    await expectNoAxeViolations(page, label('empty insight'));

    await go(page, '/');
    await page.locator('.example-data button').click();
    await page.locator('.example-data [role="status"]').filter({ hasText: /\d/ }).waitFor();

    await go(page, '/diary');
    await page.locator('.diary-card').first().waitFor();
    await page.locator('.diary-filters summary').click();
    await page.locator('#diary-search').fill('werk');
    await page.locator('.diary-results').filter({ hasText: /\d/ }).waitFor();
    await expectNoAxeViolations(page, label('timeline with search and filters'));

    await openNewForm(page);
    await page.locator('.diary-extra-toggle').click();
    await page.locator('.diary-affect summary').click();
    await fillForm(page, { occurredAt: '2099-01-01T10:00' });
    await saveForm(page);
    await page.locator('.field-error').first().waitFor();
    await expectNoAxeViolations(page, label('new entry with errors'));

    const id = exampleId(1005);
    await go(page, `/diary/${id}`);
    await page.locator('.diary-fields').waitFor();
    await expectNoAxeViolations(page, label('entry'));

    await go(page, `/diary/${id}/edit`);
    await page.locator('#diary-situation').waitFor();
    await page.locator('#diary-theme').waitFor();
    await expectNoAxeViolations(page, label('edit entry'));

    await go(page, '/diary/insight');
    await page.locator('svg.diary-chart').first().waitFor();
    await page.locator('.diary-series summary').first().click();
    await expectNoAxeViolations(page, label('insight'));

    await go(page, '/diary/00000000-0000-4000-8000-000000000000');
    await page.locator('[role="alert"]').waitFor();
    await expectNoAxeViolations(page, label('missing entry'));
  });
});

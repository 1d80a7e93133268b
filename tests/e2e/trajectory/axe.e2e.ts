// Every trajectory screen passes axe in Dutch and English, light and dark, with the example
// client loaded (a theme in the creating phase) so the screens have content.
import { describe } from 'vitest';
import { exampleId } from '../../../src/domain/example/ids';
import { expectNoAxeViolations, finishFirstRun, openApp } from '../support/app';
import { test } from '../support/fixtures';

const themeId = exampleId(1);
const cases = [
  { language: 'en', colorScheme: 'light' },
  { language: 'en', colorScheme: 'dark' },
  { language: 'nl', colorScheme: 'light' },
  { language: 'nl', colorScheme: 'dark' },
] as const;

const headings = {
  en: {
    overview: 'Trajectory',
    newTheme: 'New theme',
    edit: 'Edit theme',
    report: 'Your own report',
    save: 'Save theme',
    correct: 'Correct',
    load: 'Load example data',
  },
  nl: {
    overview: 'Traject',
    newTheme: 'Nieuw thema',
    edit: 'Thema bewerken',
    report: 'Je eigen verslag',
    save: 'Thema opslaan',
    correct: 'Corrigeren',
    load: 'Voorbeeldgegevens laden',
  },
};

describe.each(cases)(
  'trajectory screens in $language, $colorScheme',
  ({ language, colorScheme }) => {
    test.override({
      contextOptions: {
        locale: language === 'nl' ? 'nl-NL' : 'en-GB',
        colorScheme,
      },
    });
    test('have no axe violations', async ({ page }) => {
      const text = headings[language];
      const go = (path: string) => page.goto(new URL(path, page.url()).href);
      const label = (screen: string) => `${screen} (${language}, ${colorScheme})`;
      await openApp(page);
      await finishFirstRun(page, 'client', language);
      await page.getByRole('button', { name: text.load }).click();
      await page
        .locator('.example-data [role="status"], [role="status"]')
        .filter({ hasText: /\d/ })
        .first()
        .waitFor();

      await go('/trajectory');
      await page.locator('.trajectory-card').first().waitFor();
      await expectNoAxeViolations(page, label('overview'));

      await go(`/trajectory/themes/${themeId}`);
      await page.locator('.timeline > li').nth(1).waitFor();
      await expectNoAxeViolations(page, label('theme'));
      await page.locator('#history-correct-1').click();
      await page.locator('#correct-1-day').waitFor();
      await expectNoAxeViolations(page, label('timeline correction'));

      await go(`/trajectory/themes/${themeId}/edit`);
      await page.getByRole('heading', { name: text.edit, level: 1 }).waitFor();
      await page.locator('#goal-0').waitFor();
      await expectNoAxeViolations(page, label('edit theme'));

      await go('/trajectory/themes/new');
      await page.getByRole('heading', { name: text.newTheme, level: 1 }).waitFor();
      await page.getByRole('button', { name: text.save }).click();
      await page.locator('#theme-title-error').waitFor();
      await expectNoAxeViolations(page, label('new theme with errors'));

      await go('/trajectory/report');
      await page.getByRole('heading', { name: text.report, level: 1 }).waitFor();
      await page.locator('textarea').first().waitFor();
      await expectNoAxeViolations(page, label('own report'));
    });
  },
);

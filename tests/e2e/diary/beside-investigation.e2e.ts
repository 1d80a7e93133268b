// A diary form beside the self-investigation (issue 14 §6), offline, in both languages: the
// affect list of a new form is the client's current investigation's, and the example's rated
// form shows its r with the linked valuation and with the general and ideal feeling, the
// figures hand-computed from the same example data.
import { describe, expect } from 'vitest';
import { exampleId } from '../../../src/domain/example/ids';
import {
  expectNoAxeViolations,
  finishFirstRun,
  go,
  goOffline,
  openApp,
  waitForServiceWorker,
} from '../support/app';
import { test } from '../support/fixtures';

/** The example form whose report came back with remarks: rated on every term, linked. */
const ENTRY = exampleId(1005);

/**
 * The r values of the example entry, hand-computed from src/domain/example/diary.ts (entry 5:
 * ratings on all 16 terms) and src/domain/example/zkm.ts (valuation 13 of the first
 * investigation, and that investigation's general and ideal feeling), in the screen's two
 * decimals. Pearson r = (nΣxy − ΣxΣy) / √((nΣx² − (Σx)²)(nΣy² − (Σy)²)) with n = 16:
 * valuation 420 / √(631 × 624) = 0.669; general 426 / √(631 × 412) = 0.835;
 * ideal −671 / √(631 × 903) = −0.889.
 */
const EXPECTED_FIGURES = {
  en: ['0.67', '0.84', '-0.89'],
  nl: ['0,67', '0,84', '-0,89'],
} as const;

describe('a diary form beside the self-investigation', () => {
  for (const language of ['en', 'nl'] as const) {
    test(`shows the example form's r with its valuation and feelings (${language})`, async ({
      context,
      page,
    }) => {
      await openApp(page);
      await finishFirstRun(page, 'client', language);
      await waitForServiceWorker(page);
      await goOffline(context);
      await go(page, '/settings');
      await page
        .getByRole('button', {
          name: language === 'en' ? 'Load example data' : 'Voorbeeldgegevens laden',
        })
        .click();
      await page
        .getByRole('button', {
          name: language === 'en' ? 'Remove example data' : 'Voorbeeldgegevens verwijderen',
        })
        .waitFor();

      await go(page, `/diary/${ENTRY}`);
      const section = page.getByRole('region', {
        name: language === 'en' ? 'Beside the self-investigation' : 'Naast het zelfonderzoek',
      });
      await section.waitFor();
      const figures = (await section.locator('dd').allTextContents()).map((text) =>
        text.replace(/^r = /, ''),
      );
      expect(figures).toEqual(EXPECTED_FIGURES[language]);
      // The valuation's r is a number: the form is linked and fully rated.
      expect(figures[0]).toMatch(/^−?\d[.,]\d\d$/);
      await expectNoAxeViolations(page, `diary entry beside the investigation (${language})`);

      // A new form is rated on the list of the current investigation, named on the form.
      await go(page, '/diary/new');
      // The ratings are under "More".
      await page.locator('.diary-extra-toggle').click();
      await page
        .locator('summary', {
          hasText: language === 'en' ? 'Rate on the affect list' : 'Scoren op de gevoelslijst',
        })
        .click();
      await page
        .getByText(
          language === 'en'
            ? 'The list of your self-investigation: ZKM 16.'
            : 'De lijst van je zelfonderzoek: ZKM 16.',
        )
        .waitFor();
    });
  }
});

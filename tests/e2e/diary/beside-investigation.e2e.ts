// A diary form beside the self-investigation (issue 14 §6), offline, in both languages: the
// affect list of a new form is the client's current investigation's, and the example's rated
// form shows its r with the linked valuation and with the general and ideal feeling, the
// figures the domain computes from the same example data.
import { describe, expect } from 'vitest';
import { compareEntry, listOfEntry } from '../../../src/domain/diary/affect-context';
import { exampleId } from '../../../src/domain/example/ids';
import { buildExampleData } from '../../../src/domain/example/index';
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

/** The r values the domain gives for the example entry, formatted as the screen does. */
function expectedFigures(language: 'en' | 'nl'): string[] {
  const data = buildExampleData('00000000-0000-4000-8000-000000000001', new Date());
  const entry = data.diaryEntries?.find((e) => e.id === ENTRY);
  if (!entry?.affectRatings) throw new Error('the example entry is not rated');
  const found = listOfEntry(entry, data.investigations ?? [], data.valuations ?? []);
  if (!found?.investigation) throw new Error('the example entry has no investigation');
  const valuation = data.valuations?.find((v) => v.id === entry.valuationId);
  const result = compareEntry(entry.affectRatings, found.list, found.investigation, valuation);
  const format = new Intl.NumberFormat(language, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return [result.valuation ?? null, result.general, result.ideal].map((r) =>
    r === null ? (language === 'nl' ? 'n.v.t.' : 'n/a') : format.format(r),
  );
}

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
      expect(figures).toEqual(expectedFigures(language));
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

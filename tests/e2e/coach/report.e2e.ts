// The printable report and the CSV exports in Chromium: the PDF has A4 pages, one per main
// section at least, with the headings in its outline; the CSVs are UTF-8 with BOM, with the
// expected columns and Dutch characters intact.
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { diaryCsvHeader } from '../../../src/domain/coach/diary-csv';
import { zkmCsvHeader } from '../../../src/domain/coach/zkm-csv';
import { defaultAffectList } from '../../../src/domain/zkm/default-affect-list';
import {
  finishFirstRun,
  goOffline,
  goOnline,
  newContext,
  openApp,
  useBrowser,
  waitForServiceWorker,
} from '../support/app';
import { pdfOutlineTitles, pdfPageSizes } from './pdf';
import { CLIENT, seedDatabase, seedLocal, seedRecords, uuid } from './seed';

const shared = useBrowser();

const note = (n: number, visibility: string, text: string) => ({
  id: uuid(n),
  ownerId: uuid(0xc0),
  clientId: CLIENT,
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
  rev: 1,
  text,
  visibility,
});

it('prints the report to an A4 PDF with its sections and exports CSV', async () => {
  const context = await newContext(shared.browser, { locale: 'nl-NL' });
  const page = await context.newPage();
  try {
    await openApp(page);
    await finishFirstRun(page, 'coach', 'nl');
    await waitForServiceWorker(page);
    await goOffline(context);
    await page.goto(new URL(`/coach/clients/${CLIENT}/report`, page.url()).href);
    await page.locator('h1').first().waitFor();
    const now = new Date();
    await seedDatabase(page, {
      ...seedRecords(now),
      ...seedLocal(now),
      coachNotes: [
        note(0xa1, 'report', 'Het Z-motief overheerst nog; meer verbondenheid zichtbaar.'),
        note(0xa2, 'private', 'Privé: niet in het verslag'),
      ],
    });
    await page.getByRole('heading', { name: 'Verslag: Jeroen', level: 1 }).waitFor();
    const headings = await page.locator('.report-section h2').allTextContents();
    expect(headings).toEqual([
      'Samenvatting',
      'Zelfonderzoek',
      'Dagboek',
      'Focussen',
      'Notities van de coach',
    ]);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Het Z-motief overheerst nog');
    expect(main).not.toContain('Privé: niet in het verslag');
    // Dutch index labels: Z and A instead of S and O.
    expect(await page.locator('thead th').allTextContents()).toEqual(
      expect.arrayContaining(['Z', 'A', 'P', 'N', 'GEN', 'IDEAL']),
    );

    // In print: no navigation, no buttons, no range form.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect(await page.locator('#main-nav').isVisible()).toBe(false);
    expect(await page.getByRole('button').filter({ visible: true }).count()).toBe(0);
    expect(await page.locator('.report-period').isVisible()).toBe(true);
    // Back to the default, so page.pdf() prints with the print stylesheet.
    await page.emulateMedia({ media: null });

    const pdf = await page.pdf({
      format: 'A4',
      outline: true,
      tagged: true,
      printBackground: false,
    });
    const sizes = pdfPageSizes(pdf);
    // Five sections, each on a new page; the ZKM tables may run over.
    expect(sizes.length).toBeGreaterThanOrEqual(5);
    for (const size of sizes) {
      // A4 is 595.3 x 841.9 points; Chromium rounds to whole points.
      expect(Math.abs(size.width - 595.3)).toBeLessThanOrEqual(1);
      expect(Math.abs(size.height - 841.9)).toBeLessThanOrEqual(1);
    }
    const titles = pdfOutlineTitles(pdf);
    for (const heading of ['Verslag: Jeroen', ...headings, 'Eerste zelfonderzoek']) {
      expect(titles).toContain(heading);
    }

    // Diary CSV.
    const diaryDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Dagboekformulieren als CSV' }).click();
    const diaryFile = await diaryDownload;
    expect(diaryFile.suggestedFilename()).toBe('koers-jeroen-diary.csv');
    const diaryBytes = await readFile((await diaryFile.path()) ?? '');
    expect([...diaryBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const diaryText = new TextDecoder('utf-8', { fatal: true }).decode(diaryBytes.subarray(3));
    const diaryLines = diaryText.split('\r\n');
    expect(diaryLines[0]).toBe(diaryCsvHeader.join(','));
    expect(diaryLines.length).toBe(1 + 8 + 1);
    expect(diaryText).toContain('geïrriteerd; ""weer niet goed"""');
    expect(diaryText).toContain('Mijn drang om mezelf te bewijzen');

    // ZKM ratings CSV: general, ideal and 6 valuations, one row per term.
    const zkmDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'ZKM-scores als CSV' }).click();
    const zkmFile = await zkmDownload;
    const zkmBytes = await readFile((await zkmFile.path()) ?? '');
    expect([...zkmBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const zkmLines = new TextDecoder('utf-8', { fatal: true })
      .decode(zkmBytes.subarray(3))
      .split('\r\n');
    expect(zkmLines[0]).toBe(zkmCsvHeader.join(','));
    expect(zkmLines.length).toBe(1 + 8 * defaultAffectList.terms.length + 1);
    expect(zkmLines.some((line) => line.includes('Op het lab ben ik één radertje'))).toBe(true);
    expect(zkmLines.some((line) => line.includes(',ongelukkig zijn,N,'))).toBe(true);
  } finally {
    await goOnline(context);
    await context.close();
  }
});

// The printable report and the CSV exports in Chromium: the PDF has A4 pages, one per main
// section at least, with the headings in its outline and the ZKM charts of every investigation
// in the period (titles and labels in its text); in print the charts fit the page, stay whole,
// read without colour and stay black on white in dark mode; the CSVs are UTF-8 with BOM, with
// the expected columns and Dutch characters intact.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { finishFirstRun, goOffline, openApp, waitForServiceWorker } from '../support/app';
import { test } from '../support/fixtures';
import { pdfOutlineTitles, pdfPageSizes, pdfPagesWithText, pdfText, popplerRead } from './pdf';
import {
  CLIENT,
  INTERPLAY,
  INVESTIGATION,
  seedDatabase,
  seedLocal,
  seedRecords,
  uuid,
} from './seed';

/** A4 less the report's page margins (16 mm each side, 18 mm top, 20 mm bottom), in CSS px. */
const MM = 96 / 25.4;
const PRINTABLE = { width: (210 - 32) * MM, height: (297 - 38) * MM };

/** The client's records plus a re-investigation of three valuations, ten days ago. */
function recordsWithReinvestigation(now: Date) {
  const records = seedRecords(now);
  const first = records.investigations[0];
  if (!first) throw new Error('the seed has no investigation');
  const at = new Date(now.getTime() - 10 * 86_400_000).toISOString();
  const re = {
    ...first,
    id: uuid(0x1f),
    kind: 're' as const,
    title: 'Heronderzoek na drie maanden',
    previousInvestigationId: INVESTIGATION,
    startedAt: at,
    createdAt: at,
    updatedAt: at,
  };
  const carried = records.valuations.slice(0, 3).map((v, i) => ({
    ...v,
    id: uuid(0x310 + i),
    investigationId: re.id,
    predecessorId: v.id,
    change: 'kept' as const,
    createdAt: at,
    updatedAt: at,
  }));
  return {
    ...records,
    investigations: [first, re],
    valuations: [...records.valuations, ...carried],
  };
}

/** What the report's charts look like in print at the printable width of an A4 page. */
function printedCharts(page: Page) {
  return page.evaluate(() => {
    const fill = (selector: string) => {
      const element = document.querySelector(selector);
      return element ? getComputedStyle(element).fill : '';
    };
    return {
      charts: [...document.querySelectorAll<SVGSVGElement>('.coach-report svg.chart-svg')].map(
        (svg) => {
          const box = svg.getBoundingClientRect();
          const scale = svg.getScreenCTM()?.a ?? 0;
          const sizes = [...svg.querySelectorAll('text')].map(
            (text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale,
          );
          const figure = svg.closest('figure');
          return {
            display: figure ? getComputedStyle(figure).display : '',
            left: box.left,
            right: box.right,
            width: box.width,
            height: box.height,
            smallestText: Math.min(...sizes),
            breakInside: figure ? getComputedStyle(figure).breakInside : '',
          };
        },
      ),
      general: fill('.coach-report .zkm-bar-general'),
      ideal: fill('.coach-report .zkm-bar-ideal'),
      idealStroke: (() => {
        const bar = document.querySelector('.coach-report .zkm-bar-ideal');
        return bar ? getComputedStyle(bar).stroke : '';
      })(),
      point: fill('.coach-report .zkm-point'),
      textFill: fill('.coach-report .chart-svg text'),
      color: getComputedStyle(document.querySelector('h1') as Element).color,
      tableAlternatives: [
        ...document.querySelectorAll<HTMLElement>('.coach-report .chart-table-alt'),
      ].filter((d) => d.getClientRects().length > 0).length,
      duplicateIds: (() => {
        const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
        return ids.filter((id, i) => ids.indexOf(id) !== i);
      })(),
    };
  });
}

/** Grey level 0..255 of a computed rgb() colour, as a black-and-white printer sees it. */
function grey(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

// Chromium's fonts set ligatures (ﬁ, ﬀ): compare their compatibility forms, without spaces.
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

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

test('prints the report to an A4 PDF with its sections and exports CSV', async ({ newProfile }) => {
  const context = await newProfile({ locale: 'nl-NL' });
  const page = await context.newPage();
  await openApp(page);
  await finishFirstRun(page, 'coach', 'nl');
  await waitForServiceWorker(page);
  await goOffline(context);
  await page.goto(new URL(`/coach/clients/${CLIENT}/report`, page.url()).href);
  await page.locator('h1').first().waitFor();
  const now = new Date();
  await seedDatabase(page, {
    ...recordsWithReinvestigation(now),
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
    'Toen en nu (herhalingsonderzoeken)',
    'Dagboek',
    'Dagboekformulieren',
    'Focussen',
    'Eigen verslag',
    'Notities van de coach',
  ]);
  // The coach chooses two diary forms to print with their text, and leaves the focusing
  // figures out; the choice is kept as a draft.
  await page.getByRole('checkbox', { name: /Situatie 3:/ }).check();
  await page.getByRole('checkbox', { name: /Situatie 7:/ }).check();
  await page.getByRole('checkbox', { name: 'Focussen in cijfers' }).uncheck();
  await expect
    .poll(() => page.locator('.report-section h2').allTextContents())
    .not.toContain('Focussen');
  expect(await page.locator('.report-diary-form').count()).toBe(2);
  // Then and now: the three kept valuations, their type and differences then and now.
  const thenNow = page.locator('.then-and-now tbody tr');
  expect(await thenNow.count()).toBe(3);
  expect(await page.locator('.report-cover').textContent()).toContain('Gemaakt op');
  const main = (await page.locator('main').textContent()) ?? '';
  expect(main).toContain('Het Z-motief overheerst nog');
  expect(main).not.toContain('Privé: niet in het verslag');
  // Dutch index labels: Z and A instead of S and O, and IDEAAL as the glossary has it.
  expect(await page.locator('thead th').allTextContents()).toEqual(
    expect.arrayContaining(['Z', 'A', 'P', 'N', 'GEN', 'IDEAAL']),
  );

  // The charts of both investigations, each chart with its table alternative on screen.
  const chartHeadings = [
    'Grafieken: Eerste zelfonderzoek',
    'Grafieken: Heronderzoek na drie maanden',
  ];
  expect(await page.locator('.report-charts h4').allTextContents()).toEqual(chartHeadings);
  const captions = [
    'Z tegen A per waardering',
    'P tegen N per waardering',
    'Algemeen gevoel en ideaal gevoel',
    'Affecthiërarchie',
  ];
  expect(await page.locator('.report-charts figcaption').allTextContents()).toEqual([
    ...captions,
    ...captions,
  ]);
  const alternative = page.locator('.report-charts figure').nth(3).locator('details');
  await alternative.locator('summary').click();
  await alternative.getByRole('table', { name: 'Affecthiërarchie' }).waitFor();
  await alternative.locator('summary').click();
  // The scatter's numbers are the table's: the first investigation's valuations 1 to 6.
  const numbers = await page
    .locator('.report-block')
    .first()
    .locator('tbody')
    .first()
    .locator('td:first-child')
    .allTextContents();
  expect(numbers).toEqual(['', '', '1', '2', '3', '4', '5', '6']);
  // Hierarchy bars carry their index letter, 16 terms per investigation.
  const letters = await page.locator('.report-charts .zkm-index-letter').allTextContents();
  expect(letters).toHaveLength(32);
  expect(new Set(letters)).toEqual(new Set(['Z', 'A', 'P', 'N']));

  // In print: no navigation, no buttons, no range form.
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.topbar').isVisible()).toBe(false);
  expect(await page.locator('#main-nav').isVisible()).toBe(false);
  expect(await page.getByRole('button').filter({ visible: true }).count()).toBe(0);
  expect(await page.locator('.report-period').isVisible()).toBe(true);

  // The charts at the printable width of A4: inside it, no taller than a page, kept whole,
  // labels of at least 7 pt, and told apart without colour.
  const viewport = page.viewportSize();
  await page.setViewportSize({
    width: Math.floor(PRINTABLE.width),
    height: Math.floor(PRINTABLE.height),
  });
  const printed = await printedCharts(page);
  expect(printed.charts).toHaveLength(8);
  for (const chart of printed.charts) {
    expect(chart.left).toBeGreaterThanOrEqual(0);
    expect(chart.right).toBeLessThanOrEqual(PRINTABLE.width);
    expect(chart.width).toBeGreaterThan(200);
    expect(chart.height).toBeLessThanOrEqual(PRINTABLE.height * 0.85);
    expect(chart.smallestText).toBeGreaterThanOrEqual((7 * 96) / 72);
    // Kept whole: an inline block is never split over pages.
    expect(chart.breakInside).toBe('avoid');
    expect(chart.display).toBe('inline-block');
  }
  // General feeling a dark grey, ideal feeling white with a black outline; black points.
  expect(grey(printed.general)).toBeLessThan(128);
  expect(grey(printed.ideal)).toBeGreaterThan(200);
  expect(printed.idealStroke).toBe('rgb(0, 0, 0)');
  expect(printed.point).toBe('rgb(0, 0, 0)');
  expect(printed.textFill).toBe('rgb(0, 0, 0)');
  // On paper a closed "show as a table" is left out.
  expect(printed.tableAlternatives).toBe(0);
  expect(printed.duplicateIds).toEqual([]);

  // A coach working in dark mode still prints black on white.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const dark = await printedCharts(page);
  expect(dark.color).toBe('rgb(0, 0, 0)');
  expect(dark.textFill).toBe('rgb(0, 0, 0)');
  expect(dark.point).toBe('rgb(0, 0, 0)');
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  const screenDark = await printedCharts(page);
  expect(screenDark.color).not.toBe('rgb(0, 0, 0)');
  expect(screenDark.textFill).not.toBe('rgb(0, 0, 0)');
  if (viewport) await page.setViewportSize(viewport);
  // Back to the default, so page.pdf() prints with the print stylesheet.
  await page.emulateMedia({ media: null, colorScheme: null });

  // Every figure and header of the report's tables as the screen shows them.
  // (Tables a closed "show as a table" holds are not printed.)
  const cells = (
    await page.evaluate(() =>
      [...document.querySelectorAll('.coach-report table td, .coach-report table thead th')]
        .filter((cell) => !cell.closest('.chart-table-alt:not([open]), .no-print'))
        .map((cell) => cell.textContent ?? ''),
    )
  )
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter((text) => text.length > 0 && text.length <= 24);
  expect(cells.length).toBeGreaterThan(50);
  const pdf = await page.pdf({
    format: 'A4',
    outline: true,
    tagged: true,
    printBackground: false,
  });
  const sizes = pdfPageSizes(pdf);
  // Every page has something on it (Chromium's tagged PDF can leave a page blank).
  expect(pdfPagesWithText(pdf)).toEqual(sizes.map(() => true));
  // Read by poppler, a reader of its own: every figure of the tables on screen is printed
  // whole on one line (no "1/2" or "Ty/pe"), the chosen diary forms' text is there, and no
  // page but the last is used for less than a third of its height.
  const poppler = popplerRead(pdf);
  const lines = poppler.layout.split('\n').map((line) => line.replace(/\s+/g, ' '));
  for (const cell of cells) {
    expect(
      lines.some((line) => line.includes(cell)),
      `the figure "${cell}" on one line`,
    ).toBe(true);
  }
  const printedText = squash(poppler.layout);
  expect(printedText).toContain(squash('Situatie 3: overleg met de teamleider'));
  expect(printedText).toContain(squash('Hoe denken, voelen en doen samenhingen'));
  expect(printedText).toContain(squash(INTERPLAY[0]));
  expect(printedText).toContain(squash('Situatie 7: overleg met de teamleider'));
  expect(printedText).not.toContain(squash('Situatie 5: overleg'));
  expect(poppler.pages).toHaveLength(sizes.length);
  for (const [index, fill] of poppler.pages.slice(0, -1).entries()) {
    expect(fill.textBottom / fill.height, `page ${index + 1} used`).toBeGreaterThan(1 / 3);
  }
  for (const size of sizes) {
    // A4 is 595.3 x 841.9 points; Chromium rounds to whole points.
    expect(Math.abs(size.width - 595.3)).toBeLessThanOrEqual(1);
    expect(Math.abs(size.height - 841.9)).toBeLessThanOrEqual(1);
  }
  const titles = pdfOutlineTitles(pdf);
  for (const heading of [
    'Verslag: Jeroen',
    ...headings.filter((heading) => heading !== 'Focussen'),
    'Eerste zelfonderzoek',
    'Heronderzoek na drie maanden',
    ...chartHeadings,
  ]) {
    expect(titles).toContain(heading);
  }
  // The charts are drawn in the PDF: their captions, legends, axes and term labels.
  const text = squash(pdfText(pdf));
  for (const label of [
    ...captions,
    'Algemeen gevoel',
    'Ideaal gevoel',
    'plezier',
    'ongelukkig zijn',
    'innerlijke rust',
    'Z (20)',
    'A (20)',
  ]) {
    expect(text).toContain(squash(label));
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
  // The app is in Dutch: Dutch headers and semicolons, as a Dutch spreadsheet expects.
  // The Dutch headers as written in src/domain/coach/csv-words.ts (nl.diary), in column order.
  expect(diaryLines[0]).toBe(
    'id;moment (UTC);datum;tijd;gebied;situatie;denken;voelen;sterkte van het gevoel (0-10);' +
      'gevoelsscores (0-5);doen;gevolg;hoe denken, voelen en doen samenhingen;' +
      'hoe sterk het thema speelde (0-10);thema;waardering;fase;lichaam;' +
      'iets nieuws geprobeerd;hoe het ging',
  );
  expect(diaryLines.length).toBe(1 + 8 + 1);
  expect(diaryText).toContain('geïrriteerd; ""weer niet goed"""');
  expect(diaryText).toContain('Mijn drang om mezelf te bewijzen');
  expect(diaryText).toContain(`;${INTERPLAY[0]};`);
  expect(diaryText).toContain(`;${INTERPLAY[1]};`);

  // ZKM ratings CSV: general, ideal and 6 valuations, then general, ideal and 3 valuations
  // of the re-investigation, one row per term.
  const zkmDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'ZKM-scores als CSV' }).click();
  const zkmFile = await zkmDownload;
  const zkmBytes = await readFile((await zkmFile.path()) ?? '');
  expect([...zkmBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const zkmLines = new TextDecoder('utf-8', { fatal: true })
    .decode(zkmBytes.subarray(3))
    .split('\r\n');
  // The Dutch headers as written in src/domain/coach/csv-words.ts (nl.zkm), in column order.
  expect(zkmLines[0]).toBe(
    'id zelfonderzoek;zelfonderzoek;soort;begonnen (UTC);rij;id waardering;nummer waardering;' +
      'waardering;tijd;verandering;id gevoelsterm;gevoelsterm;index;score (0-5)',
  );
  // A header, 8 + 5 rows of the 16 terms of the default affect list, and the empty line after
  // the last line break: 1 + 13 × 16 + 1 = 210.
  expect(zkmLines.length).toBe(210);
  expect(zkmLines.some((line) => line.includes('Op het lab ben ik één radertje'))).toBe(true);
  expect(zkmLines.some((line) => line.includes(';ongelukkig zijn;N;'))).toBe(true);
});

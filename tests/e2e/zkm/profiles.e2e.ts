// Profiles, legible charts and the visual "then and now" with the example client, on a phone
// (360 × 740, touch) and a laptop (1280 × 800), in English and Dutch, light and dark.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { exampleId } from '../../../src/domain/example/ids';
import {
  expectNoAxeViolations,
  goOffline,
  waitForServiceWorker,
  watchForeignRequests,
} from '../support/app';
import { test } from '../support/fixtures';
import { openResults } from './results-page';
import { loadExample } from './zkm-page';

const FIRST = exampleId(2001);
const SECOND = exampleId(2002);
/** "Hulp vragen aan een collega voelt als falen.": the 7th valuation of the first investigation. */
const HELP = exampleId(2017);

// Rows of its profile table: term, this valuation, general feeling, ideal feeling; literal
// ratings from src/domain/example/zkm.ts (valuation n 17, and the first investigation's
// general feeling rate([1,1,1,0],[2,3,2,3],[1,1,1,0],[4,3,3,4]) and ideal feeling
// rate([4,5,4,5],[4,4,4,4],[4,4,5,4],[0,0,0,0]), in list order).
const PROFILE_ROWS = {
  en: [
    ['joy', '0', '1', '4'],
    ['self-esteem', '1', '2', '4'],
    ['happiness', '0', '1', '5'],
    ['worry', '4', '4', '0'],
    ['strength', '2', '3', '4'],
  ],
  nl: [
    ['plezier', '0', '1', '4'],
    ['eigenwaarde', '1', '2', '4'],
    ['geluk', '0', '1', '5'],
    ['bezorgdheid', '4', '4', '0'],
    ['kracht', '2', '3', '4'],
  ],
};
const LAST_ROW = { en: ['inner calm', '0', '0', '5'], nl: ['innerlijke rust', '0', '0', '5'] };

// Valuation 17 → 37: then P 0, S 1+2+1+1 = 5, O 0, N 4+3+3+5 = 15 (P−N −15, S−O 5, −S);
// now P 2+2+2+1 = 7, S 3+2+3+2 = 10, O 3+2+2+2 = 9, N 2+1+1+1 = 5 (P−N 2, S−O 1; S, O ≥ h 9
// and |S − O| < d 4: HH; P − N < p 7: ±).
const MOVED_TEXT = 'Hulp vragen aan een collega is spannend, maar het lukt steeds vaker.';
const MOVED = {
  en: [
    'P\u2212N from \u221215 to +2, up 17',
    'S\u2212O from +5 to +1, down 4',
    'Type then: \u2212S (S-type, negative); now: ±HH (HH-type, ambivalent)',
  ],
  nl: [
    'P\u2212N van \u221215 naar +2, 17 omhoog',
    'Z\u2212A van +5 naar +1, 4 omlaag',
    'Type toen: \u2212Z (Z-type, negatief); nu: ±HH (HH-type, ambivalent)',
  ],
};
const DROPPED = ['Ik wil bewijzen dat ik na de burn-out weer volledig kan meedraaien.'];
const NEW = [
  'Eén keer per week vraag ik een collega om mee te denken, en dat voelt als samenwerken.',
];

/** The smallest rendered font size of SVG text in the charts (font size × scale of its SVG). */
function smallestText(page: Page) {
  return page.evaluate(() => {
    let smallest = Number.POSITIVE_INFINITY;
    let count = 0;
    let which = '';
    for (const svg of document.querySelectorAll<SVGSVGElement>(
      'main svg.chart-svg, main svg.zkm-move-svg',
    )) {
      const width = svg.getBoundingClientRect().width;
      if (width === 0) continue;
      const scale = width / svg.viewBox.baseVal.width;
      for (const text of svg.querySelectorAll('text')) {
        const size = Number.parseFloat(getComputedStyle(text).fontSize) * scale;
        if (size < smallest) which = `${svg.getAttribute('aria-labelledby')} "${text.textContent}"`;
        smallest = Math.min(smallest, size);
        count++;
      }
    }
    return { smallest, count, which };
  });
}

/** Marks in charts with a legend that the legend does not name with the same fill and stroke. */
function unnamedMarks(page: Page) {
  return page.evaluate(() => {
    const missing: string[] = [];
    let checked = 0;
    for (const figure of document.querySelectorAll('main figure')) {
      const legend = figure.querySelector('.chart-legend');
      const svg = figure.querySelector('svg.chart-svg');
      if (!legend || !svg) continue;
      for (const mark of svg.querySelectorAll('rect, circle, path, line')) {
        const classes = [...mark.classList];
        // Axes and grid lines are labelled by their tick texts, not by the legend.
        if (classes.some((c) => ['chart-axis-line', 'chart-grid', 'zkm-grid'].includes(c)))
          continue;
        checked++;
        const style = getComputedStyle(mark);
        // A swatch (shape or line) of the same mark, drawn with the same fill, stroke and dash.
        const named = classes.some((c) =>
          [...legend.querySelectorAll(`li[data-mark="${c}"] .${c}`)].some((swatch) => {
            const seen = getComputedStyle(swatch);
            return (
              seen.fill === style.fill &&
              seen.stroke === style.stroke &&
              seen.strokeDasharray === style.strokeDasharray
            );
          }),
        );
        if (!named)
          missing.push(
            `${figure.id || figure.getAttribute('aria-labelledby')}: ${classes.join(' ')}`,
          );
      }
    }
    return { missing: [...new Set(missing)], checked };
  });
}

async function openTables(page: Page) {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('main details'))
      details.setAttribute('open', '');
  });
}

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

// Every combination of screen, language and theme.
const cases = (['phone', 'laptop'] as const).flatMap((device) =>
  (['en', 'nl'] as const).flatMap((language) =>
    (['light', 'dark'] as const).map((colorScheme) => ({ device, language, colorScheme })),
  ),
);

for (const { device, language, colorScheme } of cases) {
  test(`shows profiles, legible charts and the movement (${device}, ${language}, ${colorScheme})`, {
    timeout: 180_000,
  }, async ({ newProfile }) => {
    const phone = device === 'phone';
    const context = await newProfile({
      locale: language === 'nl' ? 'nl-NL' : 'en-GB',
      colorScheme,
      viewport: phone ? { width: 360, height: 740 } : { width: 1280, height: 800 },
      hasTouch: phone,
      isMobile: phone,
    });
    const foreign = watchForeignRequests(context);
    const page = await context.newPage();
    const offline = device === 'phone' && language === 'en';
    await loadExample(page, language);
    if (offline) {
      await waitForServiceWorker(page);
      await goOffline(context);
    }
    await openResults(page, FIRST);
    const section = page.locator('section[aria-labelledby="zkm-profiles-title"]');
    // Only the chosen valuation's chart is drawn.
    expect(await section.locator('svg.chart-svg').count()).toBe(1);
    await section.locator('select').selectOption(HELP);
    const caption = section.locator('figcaption');
    await expect
      .poll(() => caption.textContent(), { timeout: 30_000 })
      .toBe(language === 'en' ? 'Profile of valuation 7' : 'Profiel van waardering 7');
    expect(await section.locator('svg.chart-svg').count()).toBe(1);
    await section.locator('details summary').click();
    const rows = section.locator('table tbody tr');
    await expect.poll(() => rows.count()).toBe(16);
    // Each cell's figure, without the column's name a card shows above it on a phone.
    const cells = (i: number) =>
      rows
        .nth(i)
        .locator('th, td')
        .evaluateAll((found) =>
          found.map((cell) =>
            [...cell.childNodes]
              .filter((node) => !(node instanceof Element && node.matches('.zkm-card-label')))
              .map((node) => node.textContent)
              .join('')
              .trim(),
          ),
        );
    for (const [i, row] of PROFILE_ROWS[language].entries()) expect(await cells(i)).toEqual(row);
    expect(await cells(15)).toEqual(LAST_ROW[language]);

    const text = await smallestText(page);
    // Scatter ×2, general and ideal feeling (16 terms), hierarchy (16), the profile (16) and
    // the heat map's 2 × 12 valuation numbers.
    expect(text.count).toBeGreaterThan(84);
    expect(text.smallest, text.which).toBeGreaterThanOrEqual(12);
    const marks = await unnamedMarks(page);
    expect(marks.checked).toBeGreaterThan(60);
    expect(marks.missing).toEqual([]);
    // The hierarchy's legend names each of its four colours.
    const hierarchyLegend = page.locator(
      'figure[aria-labelledby="zkm-hierarchy-title"] .chart-legend li',
    );
    expect(await hierarchyLegend.count()).toBe(4);
    await openTables(page);
    await expectNoAxeViolations(page, `results (${device}, ${language}, ${colorScheme})`);

    await page.goto(new URL(`/zkm/${SECOND}/compare`, page.url()).href);
    await page.locator('#zkm-compare-move').waitFor({ timeout: 60_000 });
    const card = page.locator('.zkm-compare-list > li', { hasText: MOVED_TEXT });
    expect(await card.locator('.zkm-move-list li').allInnerTexts()).toEqual(MOVED[language]);
    expect(await page.locator('.zkm-move-dropped li').allInnerTexts()).toEqual(DROPPED);
    expect(await page.locator('.zkm-move-new li').allInnerTexts()).toEqual(NEW);
    // Seven kept and four reworded valuations, plus general and ideal feeling, each moved.
    expect(await page.locator('main svg.zkm-move-svg').count()).toBe(13);
    const moveText = await smallestText(page);
    expect(moveText.count).toBeGreaterThan(20);
    expect(moveText.smallest, moveText.which).toBeGreaterThanOrEqual(12);
    await expectNoAxeViolations(page, `compare (${device}, ${language}, ${colorScheme})`);

    if (phone) {
      await page.setViewportSize({ width: 320, height: 740 });
      await page.goto(new URL(`/zkm/${SECOND}/compare`, page.url()).href);
      await page.locator('#zkm-compare-move').waitFor({ timeout: 60_000 });
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      const moveText320 = await smallestText(page);
      expect(moveText320.count).toBeGreaterThan(20);
      expect(moveText320.smallest, moveText320.which).toBeGreaterThanOrEqual(12);
      await openResults(page, FIRST);
      // The page as it opens (every table alternative closed) does not scroll sideways.
      const page320 = await page.evaluate(() => {
        let right = 0;
        let which = '';
        for (const part of document.querySelectorAll('main *')) {
          const box = part.getBoundingClientRect();
          if (box.right > right) {
            right = box.right;
            which = `${part.tagName} ${part.className} ${part.closest('section[aria-labelledby]')?.getAttribute('aria-labelledby')}`;
          }
        }
        return `${which} ${right}`;
      });
      expect(await overflow(page), page320).toBeLessThanOrEqual(0);
      // On the narrowest screen the charts are drawn smallest: their text is still 12 px.
      const text320 = await smallestText(page);
      expect(text320.count).toBeGreaterThan(84);
      expect(text320.smallest, text320.which).toBeGreaterThanOrEqual(12);
      // With every table alternative open, the profile section and the charts still fit.
      // (The correlation pairs table is another part of the work on this screen.)
      await openTables(page);
      // Every part of the profile section and the charts stays within the 320 px screen.
      const widest = await page.evaluate(() => {
        const parts = document.querySelectorAll(
          'section[aria-labelledby="zkm-profiles-title"] *, section[aria-labelledby="zkm-charts-title"] figure *',
        );
        let right = 0;
        let which = '';
        for (const part of parts) {
          // Column headings kept for screen readers only (a table shown as cards) are clipped
          // to a pixel: what they hold is never seen.
          if ((part.closest('thead')?.getBoundingClientRect().width ?? 2) <= 1) continue;
          const box = part.getBoundingClientRect();
          if (box.right > right) {
            right = box.right;
            which = `${part.tagName} ${part.className}`;
          }
        }
        return { right, which };
      });
      expect(widest.right, widest.which).toBeLessThanOrEqual(320);
    }
    expect(foreign).toEqual([]);
  });
}

// Charts and tables that read (issue 19 point 5), at 360 x 740 in English and Dutch, light and
// dark, offline, with the example client's data: the diary chart's date axis has more than two
// readable ticks that do not overlap, its value axis names its scale, every count has its
// number, no table header breaks inside a word, the two belly places read apart, a search
// marks the word it matched, and everything that expands shows a sign.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { expectNoAxeViolations, go, watchForeignRequests } from '../support/app';
import { test } from '../support/fixtures';
import { headersBrokenInWords } from '../support/tables';
import { startOfflineClient } from './diary-page';

const cases = [
  ['en', 'light'],
  ['en', 'dark'],
  ['nl', 'light'],
  ['nl', 'dark'],
] as const;

/** Short month names as the app writes them on a date tick, January first. */
const months = {
  // British English, as the test browser asks for it: "Sept", not "Sep".
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
};

const expected = {
  en: {
    unit: 'Scale 0–10',
    upper: 'Upper belly (stomach)',
    lower: 'Lower belly',
    search: 'Search the diary',
  },
  nl: {
    unit: 'Schaal 0–10',
    upper: 'Maag (bovenbuik)',
    lower: 'Onderbuik',
    search: 'Zoeken in het dagboek',
  },
};

/** How far the page is wider than the screen (0: nothing to scroll sideways). */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Every visible summary and aria-expanded button that shows no sign that it opens. */
function disclosuresWithoutSign(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('summary, button[aria-expanded]')]
      .filter((element) => element.getClientRects().length > 0)
      .filter((element) => {
        const before = getComputedStyle(element, '::before');
        const after = getComputedStyle(element, '::after');
        const marker = getComputedStyle(element, '::marker');
        const drawn = (style: CSSStyleDeclaration) =>
          style.content !== 'none' &&
          style.content !== 'normal' &&
          Number.parseFloat(style.width) > 0 &&
          style.borderRightStyle !== 'none';
        const listMarker =
          getComputedStyle(element).display === 'list-item' &&
          marker.content !== 'none' &&
          getComputedStyle(element).listStyleType !== 'none';
        return !(drawn(before) || drawn(after) || listMarker);
      })
      .map((element) => element.textContent?.trim() ?? element.outerHTML.slice(0, 80)),
  );
}

describe.each(cases)('charts and tables in %s, %s', (language, colorScheme) => {
  test.override({
    contextOptions: { locale: language === 'nl' ? 'nl-NL' : 'en-GB', colorScheme },
  });
  test('read at 360 px', async ({ context }) => {
    const foreign = watchForeignRequests(context);
    const page = await startOfflineClient(context, language);
    const words = expected[language];
    await page.locator('.example-data button').click();
    await page.locator('.example-data [role="status"]').filter({ hasText: /\d/ }).waitFor();

    // The diary insight: the example's 39 days get weekly or fortnightly Monday ticks.
    await go(page, '/diary/insight');
    const chart = page.locator('svg.diary-chart').first();
    await chart.waitFor();
    const ticks = await chart.locator('.chart-date-tick').evaluateAll((groups) =>
      groups.map((group) => {
        const text = group.querySelector('text');
        const box = text?.getBoundingClientRect();
        return {
          day: group.getAttribute('data-day') ?? '',
          label: text?.textContent ?? '',
          left: box?.left ?? 0,
          right: box?.right ?? 0,
        };
      }),
    );
    expect(ticks.length).toBeGreaterThan(2);
    for (const tick of ticks) {
      // A Monday, written as day and month as the browser's British English or Dutch does
      // ("23 Mar", "23 mrt").
      const [year, month, date] = tick.day.split('-').map(Number);
      expect(new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, date)).getUTCDay()).toBe(1);
      const name = months[language][(month ?? 1) - 1];
      expect(tick.label).toBe(`${date} ${name}`);
    }
    // Side by side without touching, and inside the chart.
    const chartBox = await chart.boundingBox();
    for (const [index, tick] of ticks.entries()) {
      const next = ticks[index + 1];
      if (next) expect(tick.right).toBeLessThan(next.left);
      expect(tick.left).toBeGreaterThanOrEqual(chartBox?.x ?? 0);
      expect(tick.right).toBeLessThanOrEqual((chartBox?.x ?? 0) + (chartBox?.width ?? 0) + 0.5);
    }
    // The value axis names its scale and runs 0 to 10 in steps of 2.
    await expect.poll(() => chart.locator('.chart-unit').textContent()).toBe(words.unit);
    expect(await chart.locator('.chart-value-axis g text').allTextContents()).toEqual([
      '0',
      '2',
      '4',
      '6',
      '8',
      '10',
    ]);
    // A legend names both lines.
    expect(await page.locator('.chart-legend').first().locator('li').count()).toBe(2);

    // Every bar has its number: the example's 17 diary forms by area and by phase.
    const counts = await page.locator('.chart-bar-table').evaluateAll((tables) =>
      tables.map((table) =>
        [...table.querySelectorAll('tbody tr')].map((row) => ({
          value: row.querySelector('.chart-bar-value')?.textContent ?? '',
          bar: row.querySelector('.chart-bar') !== null,
        })),
      ),
    );
    expect(counts).toHaveLength(2);
    for (const rows of counts) {
      expect(rows).toHaveLength(4);
      for (const row of rows) {
        expect(row.value).toMatch(/^\d+$/);
        expect(row.bar).toBe(true);
      }
      expect(rows.reduce((sum, row) => sum + Number(row.value), 0)).toBe(17);
    }

    // Open every table; no header wraps inside a word, and each disclosure shows its sign.
    for (const summary of await page.locator('.chart-table-alt summary').all()) {
      await summary.click();
    }
    await expect.poll(() => page.locator('.chart-table-alt[open]').count()).toBeGreaterThan(0);
    expect(await headersBrokenInWords(page)).toEqual([]);
    expect(await disclosuresWithoutSign(page)).toEqual([]);
    // Whole words in headers and the chevrons do not widen the page.
    expect(await sideways(page)).toBe(0);
    await expectNoAxeViolations(page, `diary insight (${language}, ${colorScheme})`);

    // The timeline: a search marks the matched word, also where the card shows a snippet.
    await go(page, '/diary');
    await page.locator('.diary-card').first().waitFor();
    expect(await disclosuresWithoutSign(page)).toEqual([]);
    await page.locator('.diary-filters summary').click();
    expect(await disclosuresWithoutSign(page)).toEqual([]);
    await page.getByLabel(words.search).fill('COLLEGA');
    const situationMark = page.locator('.diary-card-situation mark');
    // Two example situations speak of "collega's": the word is marked as written in each.
    await expect.poll(() => situationMark.allTextContents()).toEqual(['collega', 'collega']);
    await page.getByLabel(words.search).fill('ontspande');
    const snippetMark = page.locator('.diary-card-match mark');
    await expect.poll(() => snippetMark.allTextContents()).toEqual(['ontspande']);
    expect(await page.locator('.diary-card-match').textContent()).toBe(
      'Buik ontspande in de trein.',
    );
    expect(await sideways(page)).toBe(0);
    await expectNoAxeViolations(page, `diary search (${language}, ${colorScheme})`);

    // Focusing: the places counted in a table whose headers stay whole; the two bellies apart.
    await go(page, '/focusing/insight');
    const places = page.locator('.chart-bar-table th[scope="row"]');
    await places.first().waitFor();
    const names = await places.allTextContents();
    expect(names).toContain(words.upper);
    expect(names).toContain(words.lower);
    expect(await headersBrokenInWords(page)).toEqual([]);
    expect(await disclosuresWithoutSign(page)).toEqual([]);
    expect(await sideways(page)).toBe(0);
    await expectNoAxeViolations(page, `focusing insight (${language}, ${colorScheme})`);

    // The body map: both bellies by their names, and no target overlaps another.
    await go(page, '/focusing/quick');
    await page.locator('.quick-more summary').click();
    await page.locator('.body-figure').waitFor();
    await page.getByRole('button', { name: words.upper, exact: true }).waitFor();
    await page.getByRole('button', { name: words.lower, exact: true }).waitFor();
    await page.getByRole('checkbox', { name: words.upper, exact: true }).waitFor();
    await page.getByRole('checkbox', { name: words.lower, exact: true }).waitFor();
    const boxes = await page
      .locator('.body-region')
      .evaluateAll((regions) => regions.map((region) => region.getBoundingClientRect().toJSON()));
    const overlapping: string[] = [];
    boxes.forEach((a, i) => {
      boxes.slice(i + 1).forEach((b, j) => {
        const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (width > 0.5 && height > 0.5) overlapping.push(`${i}/${i + 1 + j}`);
      });
    });
    expect(overlapping).toEqual([]);
    expect(await disclosuresWithoutSign(page)).toEqual([]);

    expect(foreign).toEqual([]);
  });
});

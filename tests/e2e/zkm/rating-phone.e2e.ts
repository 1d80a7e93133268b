// Rating on a touch phone (360 x 740), in English and Dutch, light and dark: a 16-term
// valuation rated with 16 taps and nothing else (the test only scrolls through the taps),
// no layout shift while tapping (measured with a 'layout-shift' PerformanceObserver), the
// tapped row never moves in the page, tapping the chosen value again clears it, no label cut
// off and no sideways overflow at 320 and 360 px (also with a 1,000-character valuation), the
// keyboard hint only after keyboard use, the Go-to picker on the current valuation, axe clean.
// Then the same on a laptop (1280 x 800) with a mouse.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  expectNoAxeViolations,
  finishFirstRun,
  openApp,
  watchForeignRequests,
} from '../support/app';
import { test } from '../support/fixtures';
import { addValuation, openRating, startInvestigation } from './zkm-page';

// One digit per term, in the list's order (the +S pattern of investigation.e2e.ts).
const DIGITS = '4540540005000054';
const LONG_TEXT = `${'When I think of the years at the firm I see long evenings and small wins. '.repeat(13)}${'x'.repeat(38)}`;

const words = {
  en: {
    locale: 'en-GB',
    first: 'Valuation 1 of 2',
    last: 'Valuation 2 of 2',
    itemDone: '16 of 16 feelings rated here',
    itemLess: '15 of 16 feelings rated here',
    valuationsDone: '1 of 2 valuations rated',
    valuationsNone: '0 of 2 valuations rated',
    cleared: (term: string) => `Rating of ${term} cleared`,
    keys: /^Keyboard:/,
  },
  nl: {
    locale: 'nl-NL',
    first: 'Waardering 1 van 2',
    last: 'Waardering 2 van 2',
    itemDone: '16 van 16 gevoelens hier gescoord',
    itemLess: '15 van 16 gevoelens hier gescoord',
    valuationsDone: '1 van 2 waarderingen gescoord',
    valuationsNone: '0 van 2 waarderingen gescoord',
    cleared: (term: string) => `Score van ${term} gewist`,
    keys: /^Toetsenbord:/,
  },
} as const;

/** Creates an investigation with a short valuation and a 1,000-character one; its id. */
async function newInvestigation(page: Page): Promise<string> {
  const id = await startInvestigation(page);
  await addValuation(page, 'Finishing the marathon with my brother', 1);
  expect(LONG_TEXT).toHaveLength(1000);
  await addValuation(page, LONG_TEXT, 2);
  return id;
}

/** Starts collecting layout shifts (buffered), each with where its sources were. */
async function watchShifts(page: Page) {
  await page.evaluate(() => {
    const store = window as unknown as { shifts: { value: number; inTerms: boolean }[] };
    store.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        value: number;
        sources?: { node?: Node | null }[];
      }[]) {
        const inTerms = (entry.sources ?? []).some((source) => {
          const node = source.node;
          const element = node instanceof Element ? node : node?.parentElement;
          return Boolean(element?.closest('.zkm-terms'));
        });
        store.shifts.push({ value: entry.value, inTerms });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const shifts = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { shifts: { value: number; inTerms: boolean }[] }).shifts,
  );

/** The row's top and left in the page (not the viewport: a scroll is not a move). */
const rowBox = (page: Page, index: number) =>
  page
    .locator('.zkm-row')
    .nth(index)
    .evaluate((row) => {
      const rect = row.getBoundingClientRect();
      return {
        top: rect.top + window.scrollY,
        left: rect.left + window.scrollX,
        height: rect.height,
      };
    });

/** Elements on the rating screen whose text is cut off (scrollWidth over clientWidth). */
const truncated = (page: Page) =>
  page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        '.zkm-rate label, .zkm-rate li, .zkm-rate p, .zkm-rate h1, .zkm-rate button, .zkm-row-term, .zkm-rate select',
      ),
    ]
      .filter((element) => getComputedStyle(element).display !== 'inline')
      .filter((element) => element.scrollWidth > element.clientWidth)
      .map((element) => `${element.className || element.tagName}: ${element.textContent}`),
  );

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** No label cut off and no sideways scrolling, at 320 and at 360 px. */
async function expectFits(page: Page, label: string) {
  for (const width of [320, 360]) {
    await page.setViewportSize({ width, height: 740 });
    await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(width);
    expect(await truncated(page), `${label} at ${width} px`).toEqual([]);
    expect(await overflow(page), `${label} at ${width} px`).toBeLessThanOrEqual(0);
  }
}

for (const language of ['en', 'nl'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`rates a valuation with 16 taps and no shift on a phone (${language}, ${colorScheme})`, {
      timeout: 180_000,
    }, async ({ newProfile }) => {
      const w = words[language];
      const context = await newProfile({
        locale: w.locale,
        colorScheme,
        hasTouch: true,
        isMobile: true,
      });
      const foreign = watchForeignRequests(context);
      const page = await context.newPage();
      await openApp(page);
      await finishFirstRun(page, 'client', language);
      const id = await newInvestigation(page);

      await openRating(page, id);
      await page.locator('#zkm-rate-title').filter({ hasText: w.first }).waitFor();
      const rows = page.locator('.zkm-row');
      await expect.poll(() => rows.count()).toBe(16);
      await page.getByText(w.valuationsNone, { exact: true }).waitFor();
      await expectNoAxeViolations(page, `rating, nothing rated (${language}, ${colorScheme})`);
      // Every value's name carries its word: "0, not at all" / "0, helemaal niet".
      const names = await rows
        .first()
        .getByRole('radio')
        .evaluateAll((inputs) =>
          inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent),
        );
      expect(names).toHaveLength(6);
      for (const [step, name] of names.entries()) expect(name).toMatch(new RegExp(`^${step}, \\S`));
      // Values are at least 44 x 44 px.
      const sizes = await rows
        .first()
        .locator('.zkm-value')
        .evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect()));
      for (const size of sizes) {
        expect(size.width).toBeGreaterThanOrEqual(44);
        expect(size.height).toBeGreaterThanOrEqual(44);
      }

      // 16 taps, one per term; the tapped row does not move in the page.
      await watchShifts(page);
      const before = (await shifts(page)).length;
      const scrolls: number[] = [];
      for (const [index, digit] of [...DIGITS].entries()) {
        const row = rows.nth(index);
        const box = await rowBox(page, index);
        const scrollY = await page.evaluate(() => window.scrollY);
        await row.locator(`input[value="${digit}"]`).tap();
        await expect.poll(() => row.locator('input:checked').getAttribute('value')).toBe(digit);
        expect(await rowBox(page, index), `row ${index + 1}`).toEqual(box);
        // The next row (or Next) is in view after the tap, once any smooth scroll has ended.
        const next = index < 15 ? rows.nth(index + 1) : page.locator('.zkm-rate-nav .primary');
        await expect
          .poll(async () => {
            // (Within a pixel: scroll positions are whole pixels, boxes are not.)
            const inView = await next.evaluate(
              (element) => element.getBoundingClientRect().bottom <= window.innerHeight + 1,
            );
            return `after tap ${index + 1}: ${inView ? 'in view' : 'below'}`;
          })
          .toBe(`after tap ${index + 1}: in view`);
        scrolls.push((await page.evaluate(() => window.scrollY)) - scrollY);
      }
      await page.getByText(w.itemDone, { exact: true }).waitFor();
      await page.getByText(w.valuationsDone, { exact: true }).waitFor();
      // Every scroll the screen made was downwards, towards the next term.
      for (const scrolled of scrolls) expect(scrolled).toBeGreaterThanOrEqual(0);
      const during = (await shifts(page)).slice(before);
      console.info(
        `rating (${language}, ${colorScheme}): ${during.length} layout shifts during 16 taps; scrolled after each tap (px): ${scrolls.join(' ')}`,
      );
      expect(during.filter((shift) => shift.inTerms)).toEqual([]);
      expect(during.reduce((sum, shift) => sum + shift.value, 0)).toBe(0);
      expect(await page.locator('.zkm-row input:checked').count()).toBe(16);
      expect(
        await page
          .locator('.zkm-row input:checked')
          .evaluateAll((inputs) =>
            inputs.map((input) => (input as HTMLInputElement).value).join(''),
          ),
      ).toBe(DIGITS);

      // Tapping the chosen value again clears it, announced, and nothing moves.
      const first = rows.first();
      const term = (await first.locator('.zkm-row-term').textContent()) ?? '';
      const firstBox = await rowBox(page, 0);
      const shiftsBefore = (await shifts(page)).length;
      await first.locator(`input[value="${DIGITS[0]}"]`).tap();
      await expect.poll(() => first.locator('input:checked').count()).toBe(0);
      await page
        .getByRole('status')
        .filter({ hasText: w.cleared(term) })
        .waitFor({
          state: 'attached',
        });
      await page.getByText(w.itemLess, { exact: true }).waitFor();
      await page.getByText(w.valuationsNone, { exact: true }).waitFor();
      expect(await rowBox(page, 0)).toEqual(firstBox);
      await first.locator(`input[value="${DIGITS[0]}"]`).tap();
      await page.getByText(w.itemDone, { exact: true }).waitFor();
      expect((await shifts(page)).slice(shiftsBefore).map((shift) => shift.value)).toEqual([]);
      await page.getByTestId('zkm-save-state').filter({ hasText: /\.$/ }).waitFor();

      // Stored: a reload shows the 16 ratings.
      await page.reload();
      await page.locator('#zkm-rate-title').filter({ hasText: w.last }).waitFor();
      await openRating(page, id, await valuationId(page, 0));
      await page.locator('#zkm-rate-title').filter({ hasText: w.first }).waitFor();
      await expect.poll(() => page.locator('.zkm-row input:checked').count()).toBe(16);
      await expectNoAxeViolations(page, `rating, all rated (${language}, ${colorScheme})`);
      await expectFits(page, 'valuation 1');

      // The 1,000-character valuation, and the picker names the valuation on screen.
      await page.setViewportSize({ width: 360, height: 740 });
      const last = await valuationId(page, 1);
      await openRating(page, id, last);
      await page.locator('#zkm-rate-title').filter({ hasText: w.last }).waitFor();
      const picker = page.locator('#zkm-rate-jump');
      expect(await picker.inputValue()).toBe(last);
      expect(
        await picker.evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.text),
      ).toMatch(new RegExp(`^${w.last} \\(0/16\\)$`));
      await expectFits(page, 'the 1,000-character valuation');
      await page.setViewportSize({ width: 360, height: 740 });

      // The keyboard hint: absent after all the tapping, there after a key.
      expect(await page.getByTestId('zkm-rate-keys').count()).toBe(0);
      await watchShifts(page);
      const beforeKey = (await shifts(page)).length;
      await page.locator('#zkm-rate-title').focus();
      await page.keyboard.press('Tab');
      await page.getByTestId('zkm-rate-keys').filter({ hasText: w.keys }).waitFor();
      // The measurement does see shifts: the hint, shown on the first key, moves the rows
      // down (a shift the key asked for, once; never on touch).
      await expect
        .poll(async () => (await shifts(page)).slice(beforeKey).some((shift) => shift.inTerms))
        .toBe(true);
      // The digits still rate and move on.
      await page.keyboard.press('3');
      await expect
        .poll(() => rows.first().locator('input:checked').getAttribute('value'))
        .toBe('3');
      await expect
        .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name))
        .toBe(await rows.nth(1).locator('input').first().getAttribute('name'));
      // Delete clears the rating, as a second tap does.
      await page.keyboard.press('Shift+Tab');
      await expect
        .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value))
        .toBe('3');
      await page.keyboard.press('Delete');
      await expect.poll(() => rows.first().locator('input:checked').count()).toBe(0);
      await expectNoAxeViolations(
        page,
        `rating with the keyboard hint (${language}, ${colorScheme})`,
      );
      expect(foreign).toEqual([]);
    });
  }
}

/** The id of valuation `index` (0-based), from the Go-to picker's options. */
async function valuationId(page: Page, index: number): Promise<string> {
  const values = await page
    .locator('#zkm-rate-jump option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  const value = values[index];
  if (!value) throw new Error(`No valuation ${index + 1} in the picker`);
  return value;
}

// The same screen on a laptop (1280 x 800) with a mouse: 16 clicks, no shift, nothing cut off,
// no keyboard hint for a mouse user, the ratings stored, axe clean.
for (const language of ['en', 'nl'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`rates a valuation with 16 clicks and no shift on a laptop (${language}, ${colorScheme})`, {
      timeout: 180_000,
    }, async ({ newProfile }) => {
      const w = words[language];
      const context = await newProfile({
        locale: w.locale,
        colorScheme,
        viewport: { width: 1280, height: 800 },
      });
      const foreign = watchForeignRequests(context);
      const page = await context.newPage();
      await openApp(page);
      await finishFirstRun(page, 'client', language);
      const id = await newInvestigation(page);
      await openRating(page, id);
      await page.locator('#zkm-rate-title').filter({ hasText: w.first }).waitFor();
      const rows = page.locator('.zkm-row');
      await expect.poll(() => rows.count()).toBe(16);

      await watchShifts(page);
      const before = (await shifts(page)).length;
      for (const [index, digit] of [...DIGITS].entries()) {
        const row = rows.nth(index);
        const box = await rowBox(page, index);
        await row.locator(`input[value="${digit}"]`).click();
        await expect.poll(() => row.locator('input:checked').getAttribute('value')).toBe(digit);
        expect(await rowBox(page, index), `row ${index + 1}`).toEqual(box);
      }
      await page.getByText(w.itemDone, { exact: true }).waitFor();
      await page.getByText(w.valuationsDone, { exact: true }).waitFor();
      const during = (await shifts(page)).slice(before);
      expect(during.filter((shift) => shift.inTerms)).toEqual([]);
      expect(during.reduce((sum, shift) => sum + shift.value, 0)).toBe(0);
      // Clicks are not keys: no keyboard hint.
      expect(await page.getByTestId('zkm-rate-keys').count()).toBe(0);
      expect(await truncated(page)).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.getByTestId('zkm-save-state').filter({ hasText: /\.$/ }).waitFor();

      // Stored: a reload shows the 16 ratings.
      await openRating(page, id, await valuationId(page, 0));
      await page.locator('#zkm-rate-title').filter({ hasText: w.first }).waitFor();
      await expect
        .poll(() =>
          page
            .locator('.zkm-row input:checked')
            .evaluateAll((inputs) =>
              inputs.map((input) => (input as HTMLInputElement).value).join(''),
            ),
        )
        .toBe(DIGITS);
      await expectNoAxeViolations(page, `rating on a laptop (${language}, ${colorScheme})`);
      expect(foreign).toEqual([]);
    });
  }
}

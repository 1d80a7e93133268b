// The quick log is quick: at 360 × 740 the save bar is in view without scrolling, the few
// fields that matter come first, the rest is folded away, qualities come after the handle,
// and the screen has no axe violations in either language.
import { describe, expect } from 'vitest';
import { expectNoAxeViolations, finishFirstRun, openApp } from '../support/app';
import { test } from '../support/fixtures';

describe.each([
  ['en', 'Save session', 'What it was about'],
  ['nl', 'Sessie opslaan', 'Waar het over ging'],
] as const)('the quick log in %s', (language, save, about) => {
  test.override({
    contextOptions: {
      locale: language === 'nl' ? 'nl-NL' : 'en-GB',
      viewport: { width: 360, height: 740 },
    },
  });
  test('keeps Save in view at 360 × 740 and saves the short form', async ({ page }) => {
    await openApp(page);
    await finishFirstRun(page, 'client', language);
    await page.goto(new URL('/focusing/quick', page.url()).href);
    await page.locator('#quick-title').waitFor();

    // Save is on screen before any scrolling, and stays there at the bottom of the form.
    const saveButton = page.getByRole('button', { name: save });
    const inView = async () => {
      const box = await saveButton.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 740;
    };
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await inView()).toBe(true);

    // The short form: the optional part is folded, qualities come after the handle.
    expect(await page.locator('.quick-more').getAttribute('open')).toBeNull();
    const order = await page
      .locator('#chosen-concern-text, #felt-sense, #handle, .qualities, #note')
      .evaluateAll((nodes) => nodes.map((node) => node.id || node.className));
    expect(order).toEqual(['chosen-concern-text', 'felt-sense', 'handle', 'qualities', 'note']);
    await expectNoAxeViolations(page, `quick log (${language})`);

    await page.getByLabel(about).fill('The meeting');
    await page.locator('#felt-sense').fill('a knot');
    await page.locator('#handle').fill('knot');
    await page.locator('input[name="felt-shift"][value="yes"]').check();
    await page.locator('input[name="distance-end"][value="right"]').check();
    await page.locator('#note').fill('with my coach');
    expect(await inView()).toBe(true);
    await saveButton.click();

    const details = page.locator('dl.details');
    await details.getByText('The meeting').waitFor();
    await details.getByText('a knot').waitFor();
    await details.getByText('with my coach').waitFor();
  });
});

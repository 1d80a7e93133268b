// The diary form is short (issue 19 §3, issue 15 §6), at 360 × 740 in English and Dutch, light
// and dark: the first field is in view when the form opens (the install hint stays on Today),
// the save bar stays in view however far the form is scrolled, the theme's fields come only
// once there is a theme, "More" opens and closes by keyboard and by touch and says so
// (aria-expanded), what is typed under it survives a reload and is saved, and the answer to
// how thinking, feeling and acting hung together shows on the saved form's page.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import {
  expectNoAxeViolations,
  finishFirstRun,
  go,
  IPHONE_USER_AGENT,
  openApp,
  waitForDraft,
} from '../support/app';
import { test } from '../support/fixtures';
import { expectOnTimeline } from './diary-page';

const HEIGHT = 740;
const WIDTH = 360;
const words = {
  en: {
    newForm: 'New diary form',
    install: 'Install Koers',
    more: 'More about the situation (optional)',
    filled: 'filled in: 1',
    interplay: 'How did thinking, feeling and acting hang together?',
    restored: 'Your unsaved text was restored.',
    detail: 'Diary form',
    newTheme: 'New theme',
    saveTheme: 'Save theme',
  },
  nl: {
    newForm: 'Nieuw dagboekformulier',
    install: 'Koers installeren',
    more: 'Meer over de situatie (niet verplicht)',
    filled: 'ingevuld: 1',
    interplay: 'Hoe hingen denken, voelen en doen samen?',
    restored: 'Je nog niet opgeslagen tekst is teruggezet.',
    detail: 'Dagboekformulier',
    newTheme: 'Nieuw thema',
    saveTheme: 'Thema opslaan',
  },
} as const;

const cases = [
  ['en', 'light'],
  ['en', 'dark'],
  ['nl', 'light'],
  ['nl', 'dark'],
] as const;

type Language = (typeof cases)[number][0];

/** Opens the app in `page` and finishes the first run as a client in `language`. */
async function startClient(page: Page, language: Language): Promise<void> {
  await openApp(page);
  await finishFirstRun(page, 'client', language);
}

/** The element's box lies wholly within the 360 × 740 viewport. */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= HEIGHT && box.x >= 0 && box.x <= WIDTH;
}

/** Scrolls to the top, the middle and the bottom, checking the save bar each time. */
async function expectSaveBarAlwaysInView(page: Page): Promise<void> {
  const scrollable = await page.evaluate(
    () => document.documentElement.scrollHeight - window.innerHeight,
  );
  // The form is taller than the screen, so the check means something.
  expect(scrollable).toBeGreaterThan(0);
  for (const fraction of [0, 0.5, 1]) {
    await page.evaluate((y) => window.scrollTo(0, y), Math.round(scrollable * fraction));
    await expect.poll(() => inViewport(page, '.diary-actions')).toBe(true);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(WIDTH);
}

const themeFields = '#diary-theme, input[name="diary-themeStrength"], input[name="diary-phase"]';

describe.each(cases)('the short diary form in %s, %s', (language, colorScheme) => {
  const text = words[language];
  const label = (screen: string) => `${screen} (${language}, ${colorScheme})`;
  test.override({
    contextOptions: {
      locale: language === 'nl' ? 'nl-NL' : 'en-GB',
      colorScheme,
      viewport: { width: WIDTH, height: HEIGHT },
      hasTouch: true,
      // An iPhone, so the install hint really shows on Today: the form must still start at the top.
      userAgent: IPHONE_USER_AGENT,
    },
  });

  test('starts in view, keeps Save in view, and asks about a theme only once there is one', async ({
    page,
  }) => {
    await startClient(page, language);
    // The install hint shows on Today...
    await page.getByRole('complementary', { name: text.install }).waitFor();
    // ...but never over the form: its first field is on screen, keyboard closed.
    await go(page, '/diary/new');
    await page.getByRole('heading', { name: text.newForm, level: 1 }).waitFor();
    await page.locator('#diary-occurredAt').waitFor();
    expect(await page.locator('.install-hint').count()).toBe(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await inViewport(page, '#diary-occurredAt')).toBe(true);
    expect(await inViewport(page, '.diary-actions')).toBe(true);
    await expectSaveBarAlwaysInView(page);

    // No theme yet: nothing asks how strongly it played, its phase or which it was.
    expect(await page.locator(themeFields).count()).toBe(0);
    const toggle = page.locator('.diary-extra-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page, label('short diary form without a theme'));

    // A theme is made in the trajectory...
    await go(page, '/trajectory/themes/new');
    await page.getByRole('heading', { name: text.newTheme, level: 1 }).waitFor();
    await page.locator('#theme-title').fill('Mezelf bewijzen');
    await page.getByRole('button', { name: text.saveTheme }).click();
    await page.getByRole('heading', { name: 'Mezelf bewijzen', level: 1 }).waitFor();

    // ...and from then on the form asks about it.
    await go(page, '/diary/new');
    await page.locator('#diary-theme').waitFor();
    expect(await page.locator('input[name="diary-themeStrength"]').count()).toBe(11);
    expect(await page.locator('input[name="diary-phase"]').count()).toBe(4);
    expect(await page.locator('#diary-theme option').allTextContents()).toContain(
      'Mezelf bewijzen',
    );
    expect(await inViewport(page, '#diary-occurredAt')).toBe(true);
    await expectSaveBarAlwaysInView(page);
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page, label('short diary form with a theme'));
  });

  test('opens More by keyboard and touch, keeps its text across a reload, and saves it', async ({
    page,
  }) => {
    await startClient(page, language);
    await go(page, '/diary/new');
    const toggle = page.getByRole('button', { name: text.more });
    await toggle.waitFor();
    const fields = page.locator('#diary-extra-fields');
    const interplay = page.locator('#diary-interplay');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await fields.isHidden()).toBe(true);

    // Keyboard: Enter opens, Space closes.
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await interplay.isVisible()).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await interplay.isHidden()).toBe(true);

    // Touch: a tap opens it.
    await toggle.tap();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    await expectSaveBarAlwaysInView(page);
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page, label('diary form with More open'));

    // The new question, by its label, under More.
    await page.getByLabel(text.interplay).fill('Ik dacht: niet goed genoeg.\nDus zweeg ik.');
    await page.locator('#diary-situation').fill('Werkoverleg over de planning');
    await waitForDraft(page, 'Ik dacht: niet goed genoeg.\nDus zweeg ik.');

    // A reload restores the draft, with More open because it holds an answer.
    await page.reload();
    await page.getByText(text.restored).waitFor();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await interplay.inputValue()).toBe('Ik dacht: niet goed genoeg.\nDus zweeg ik.');
    expect(await page.locator('#diary-situation').inputValue()).toBe(
      'Werkoverleg over de planning',
    );

    // Closed again, the answer is kept (and counted on the button), and it is saved.
    await toggle.tap();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    await page.locator('.diary-extra-filled', { hasText: text.filled }).waitFor();
    expect(await interplay.inputValue()).toBe('Ik dacht: niet goed genoeg.\nDus zweeg ik.');
    await page.locator('.diary-actions button[type="submit"]').tap();
    await expectOnTimeline(page, 'Werkoverleg over de planning');

    // The saved form's page shows the answer under its question.
    await page.locator('.diary-card a').first().tap();
    await page.getByRole('heading', { name: text.detail, level: 1 }).waitFor();
    const item = page.locator('.diary-fields > div', { hasText: text.interplay });
    await item.locator('dd').waitFor();
    expect(await item.locator('dd').textContent()).toBe(
      'Ik dacht: niet goed genoeg.\nDus zweeg ik.',
    );
    await expectNoAxeViolations(page, label('saved diary form with the interplay answer'));
  });
});

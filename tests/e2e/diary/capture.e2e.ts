// Logging a diary form on a phone, offline: with the keyboard only and with touch; it is
// still there after a reload; editing, deleting with undo; and search in both languages.
import { expect } from 'vitest';
import { waitForDraft, waitForScreenFocus, watchForeignRequests } from '../support/app';
import { test } from '../support/fixtures';
import {
  expectOnTimeline,
  fillForm,
  openNewForm,
  saveForm,
  startOfflineClient,
  tabTo,
  timelineSituations,
  writeEntry,
} from './diary-page';

test('logs an entry offline with the keyboard only, and it survives a reload', async ({
  context,
}) => {
  const foreign = watchForeignRequests(context);
  const page = await startOfflineClient(context);
  // One key path from anywhere: the header's "New diary form".
  await page.locator('body').focus();
  await tabTo(page, 'a.new-entry');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'New diary form' }).waitFor();
  await waitForScreenFocus(page);
  // Area: the radio group takes focus on its first option; arrows move and choose.
  await tabTo(page, 'input[name="diary-area"]');
  await page.keyboard.press('ArrowRight');
  expect(await page.locator('input[name="diary-area"][value="work"]').isChecked()).toBe(true);
  await tabTo(page, '#diary-situation');
  await page.keyboard.type('Werkoverleg: ik zei meteen ja <script>alert(1)</script> 🙂');
  await tabTo(page, 'input[name="diary-feelingIntensity"]');
  await page.keyboard.press('7');
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press('Enter');

  await page.getByRole('heading', { name: 'Diary' }).waitFor();
  await expectOnTimeline(page, 'Werkoverleg: ik zei meteen ja');
  // Typed markup is shown as text and never runs.
  expect((await timelineSituations(page))[0]).toContain('<script>alert(1)</script>');
  expect(await page.locator('.diary-card script').count()).toBe(0);

  await page.reload();
  await expectOnTimeline(page, 'Werkoverleg: ik zei meteen ja');
  await page.locator('.diary-card a').first().click();
  await page.getByText('Feeling 7 of 10').waitFor();
  await page.getByText('Work', { exact: true }).waitFor();
  expect(foreign).toEqual([]);
});

test('logs an entry with touch, keeps a draft across a reload, edits, deletes and undoes', async ({
  newProfile,
}) => {
  const context = await newProfile({ hasTouch: true });
  const page = await startOfflineClient(context);
  await page.locator('a.new-entry').tap();
  await page.getByRole('heading', { name: 'New diary form' }).waitFor();
  await page.locator('label.choice', { hasText: 'Home' }).tap();
  await page.locator('#diary-situation').tap();
  await page.keyboard.type('Avondeten, telefoon in de gang gelegd');
  await page.locator('#diary-feelingWords').tap();
  await page.keyboard.type('Onrustig, daarna aanwezig');

  // A reload before saving brings the draft back (once it is written: drafts autosave on a
  // debounce).
  await waitForDraft(page, 'Onrustig, daarna aanwezig');
  await page.reload();
  await page.getByText('Your unsaved text was restored.').waitFor();
  expect(await page.locator('#diary-situation').inputValue()).toBe(
    'Avondeten, telefoon in de gang gelegd',
  );
  await page
    .locator('label.scale-step', {
      has: page.locator('input[name="diary-feelingIntensity"][value="4"]'),
    })
    .tap();
  // The consequence sits under "More", which a tap opens.
  await page.locator('.diary-extra-toggle').tap();
  await page.locator('#diary-consequence').tap();
  await page.keyboard.type('Later naar bed dan gepland');
  await page.locator('button[type="submit"]').tap();
  await expectOnTimeline(page, 'Avondeten, telefoon in de gang gelegd');
  await page.reload();
  await expectOnTimeline(page, 'Avondeten, telefoon in de gang gelegd');

  // The new form is empty again: the draft went with the save.
  await page.locator('a.new-entry').tap();
  await page.getByRole('heading', { name: 'New diary form' }).waitFor();
  expect(await page.locator('#diary-situation').inputValue()).toBe('');
  await page.goto(new URL('/diary', page.url()).href);

  // Edit.
  await page.locator('.diary-card a').first().tap();
  await page.getByRole('link', { name: 'Edit' }).tap();
  await page.getByRole('heading', { name: 'Edit diary form' }).waitFor();
  await page.locator('#diary-situation').fill('Avondeten met Sanne, telefoon weg');
  await page.locator('button[type="submit"]').tap();
  await page.getByRole('heading', { name: 'Diary form' }).waitFor();
  await page.getByText('Avondeten met Sanne, telefoon weg').waitFor();
  await page.getByText('Feeling 4 of 10').waitFor();
  await page.getByText('Later naar bed dan gepland').waitFor();

  // Delete, then undo.
  await page.getByRole('button', { name: 'Delete' }).tap();
  await page.getByRole('heading', { name: 'Diary' }).waitFor();
  await page.getByText('Diary form deleted.').waitFor();
  await expect.poll(() => timelineSituations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Undo' }).tap();
  await expectOnTimeline(page, 'Avondeten met Sanne, telefoon weg');
  await page.reload();
  await expectOnTimeline(page, 'Avondeten met Sanne, telefoon weg');
});

test('refuses a moment in the future and a missing situation, beside the fields', async ({
  context,
}) => {
  const page = await startOfflineClient(context);
  await openNewForm(page);
  await saveForm(page);
  await page.getByText('Describe the situation; everything else can wait.').waitFor();
  expect(await page.locator('#diary-situation').getAttribute('aria-invalid')).toBe('true');
  await fillForm(page, { occurredAt: '2099-01-01T10:00' });
  await page.getByText('This moment is in the future. Pick now or an earlier moment.').waitFor();
  // Long text of any script keeps the page within the phone's width.
  await page.locator('#diary-situation').fill('ﷺ'.repeat(3000) + 'x'.repeat(5000));
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
});

test('finds an entry by search in Dutch and in English, accents or not', async ({ newProfile }) => {
  const context = await newProfile({ locale: 'nl-NL' });
  const page = await startOfflineClient(context, 'nl');
  await openNewForm(page);
  await page.getByRole('heading', { name: 'Nieuw dagboekformulier' }).waitFor();
  await fillForm(page, {
    situation: 'Koffie in het café met Ruud',
    thinking: 'Vragen is geen falen',
  });
  await saveForm(page);
  await expectOnTimeline(page, 'Koffie in het café met Ruud');
  await writeEntry(page, { situation: 'Iets heel anders' });

  await page.getByLabel('Zoeken in het dagboek').fill('CAFE falen');
  await page.getByRole('status').filter({ hasText: '1 dagboekformulier gevonden' }).waitFor();
  expect(await timelineSituations(page)).toEqual(['Koffie in het café met Ruud']);

  // The same in English.
  await page.goto(new URL('/settings', page.url()).href);
  await page.locator('input[name="language"][value="en"]').check();
  // The choice is stored before the page is left: the screen switches to English first.
  await page.getByRole('heading', { name: 'Settings' }).waitFor();
  await page.goto(new URL('/diary', page.url()).href);
  await page.getByLabel('Search the diary').fill('ruud');
  await page.getByRole('status').filter({ hasText: '1 diary form found' }).waitFor();
  expect(await timelineSituations(page)).toEqual(['Koffie in het café met Ruud']);
  await page.getByLabel('Search the diary').fill('nergens');
  await page.getByText('No diary forms match').waitFor();
});

// Keyboard only: export with an own passphrase and import the file again with Tab, Shift+Tab,
// Enter, Space and the arrow keys; no mouse. After each step focus lands where the next one
// starts (the result, the passphrase field with its error, the preview, the picker after
// Cancel, the outcome) and the focus ring is drawn.
import { describe, expect } from 'vitest';
import { waitForScreenFocus } from '../support/app';
import { test } from '../support/fixtures';
import {
  databaseCounts,
  downloadOf,
  errorText,
  fileChoosers,
  focused,
  recordTotal,
  startOffline,
  tabTo,
} from './share-page';

const PASSPHRASE = 'harbour lichen trumpet saffron glacier pebble';

describe('export and import with the keyboard only', () => {
  test('makes a passphrase file and opens it again without a mouse', async ({ context }) => {
    const page = await startOffline(context);
    const choosers = fileChoosers(page);
    // Waits until the element with exactly `text` has focus, and checks its ring is drawn.
    const expectFocus = async (text: string) => {
      await expect
        .poll(() => focused(page))
        .toEqual(expect.objectContaining({ text, visible: true }));
    };

    // Example data from the home screen, by keyboard.
    await tabTo(page, 'button', { text: 'Load example data' });
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Remove example data' }).waitFor();
    const before = await databaseCounts(page);

    // Menu → Share → Make a file.
    await tabTo(page, 'button[aria-controls="main-nav"]', { back: true });
    await page.keyboard.press('Enter');
    await tabTo(page, 'a[href="/share"]');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Share and back up' }).waitFor();
    await waitForScreenFocus(page);
    await tabTo(page, 'a[href="/share/export"]');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Make a file' }).waitFor();
    await waitForScreenFocus(page);

    // An own passphrase: the arrow key picks the option, Tab reaches the fields.
    await tabTo(page, 'input[name="export-pass-mode"]');
    await expectFocus('');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByLabel('My own passphrase').isChecked()).toBe(true);
    await tabTo(page, '#export-pass-own');
    await page.keyboard.type(PASSPHRASE);
    await tabTo(page, '#export-pass-repeat');
    await page.keyboard.type(PASSPHRASE);
    // The device holds only example data: it goes along only when asked, by Space here.
    await tabTo(page, 'input[name="include-examples"]');
    await page.keyboard.press('Space');
    expect(await page.getByLabel('Include the example data').isChecked()).toBe(true);
    await tabTo(page, 'button', { text: 'Make the file' });
    await page.keyboard.press('Enter');

    // The result takes focus; Tab reaches Download, Enter downloads.
    await page.getByTestId('export-result').waitFor({ timeout: 60_000 });
    await expectFocus('The file is ready');
    await tabTo(page, 'button', { text: 'Download' });
    const file = await downloadOf(page, () => page.keyboard.press('Enter'));
    expect(file.subarray(0, 21).toString()).toBe('age-encryption.org/v1');

    // Back up through the menu to the import screen.
    await tabTo(page, 'button[aria-controls="main-nav"]', { back: true, max: 120 });
    await page.keyboard.press('Enter');
    await tabTo(page, 'a[href="/share"]');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Share and back up' }).waitFor();
    await waitForScreenFocus(page);
    await tabTo(page, 'a[href="/share/import"]');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Open a file' }).waitFor();
    await waitForScreenFocus(page);

    // The picker opens with Space.
    await tabTo(page, '#import-file');
    await expectFocus('');
    const choose = async () => {
      await page.keyboard.press('Space');
      const chooser = await choosers.next();
      await chooser.setFiles({ name: 'mine.koers', mimeType: '', buffer: file });
    };
    await choose();
    await expectFocus('This file is protected with a passphrase');

    // A wrong passphrase: focus returns to the field, which says what is wrong.
    await tabTo(page, '#import-passphrase');
    await page.keyboard.type('harbour lichen trumpet');
    await page.keyboard.press('Enter');
    await page.getByText('The passphrase is not correct').waitFor({ timeout: 60_000 });
    await expect.poll(async () => (await focused(page)).id).toBe('import-passphrase');
    expect((await focused(page)).visible).toBe(true);
    expect(await page.locator('#import-passphrase').getAttribute('aria-invalid')).toBe('true');

    // The right one: the preview takes focus; Cancel brings focus back to the picker.
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(PASSPHRASE);
    await page.keyboard.press('Enter');
    await page.getByTestId('preview-table').waitFor({ timeout: 60_000 });
    await expectFocus('What this file holds');
    await tabTo(page, 'button', { text: 'Cancel' });
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('import-file');
    expect((await focused(page)).visible).toBe(true);
    expect(await databaseCounts(page)).toEqual(before);

    // Again, confirmed this time: the outcome takes focus and says every record is unchanged.
    await choose();
    await expectFocus('This file is protected with a passphrase');
    await tabTo(page, '#import-passphrase');
    await page.keyboard.type(PASSPHRASE);
    await page.keyboard.press('Enter');
    await page.getByTestId('preview-table').waitFor({ timeout: 60_000 });
    await expectFocus('What this file holds');
    await tabTo(page, 'button', { text: 'Import' });
    await page.keyboard.press('Enter');
    await expectFocus('Imported');
    expect(await page.getByTestId('import-done').textContent()).toMatch(
      new RegExp(`^0 new, 0 updated, ${recordTotal(before)} unchanged`),
    );
    const imported = await databaseCounts(page);
    expect(recordTotal(imported)).toBe(recordTotal(before));

    // A file that is no bundle: the error takes focus, Try again returns to the picker.
    await tabTo(page, 'button', { text: 'Open another file' });
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('import-file');
    await page.keyboard.press('Space');
    const chooser = await choosers.next();
    await chooser.setFiles({ name: 'notes.txt', mimeType: '', buffer: Buffer.from('notes') });
    expect(await errorText(page)).toContain('This is not a Koers file.');
    await expectFocus('The file could not be opened');
    await tabTo(page, 'button', { text: 'Try again' });
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('import-file');
    expect(await databaseCounts(page)).toEqual(imported);
  });
});

// Each import error, from a file crafted in Node with the app's own bundle code, shows its own
// specific message, and nothing on the device changes: not after a failure, not after a wrong
// passphrase, not after Cancel at the preview.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, onTestFinished } from 'vitest';
import { FORMAT_VERSION, READER_VERSION } from '../../../src/bundle/format';
import { expectNoAxeViolations } from '../support/app';
import { test } from '../support/fixtures';
import {
  CRAFT_PASSPHRASE,
  CRAFT_SITUATION,
  craft,
  craftJson,
  databaseCounts,
  errorText,
  fastPassphrase,
  focused,
  go,
  loadExampleData,
  recordTotal,
  startOffline,
  tableRows,
  upload,
  withWorkFactor,
} from './share-page';

/** Opens a crafted passphrase file: picker, passphrase, Open. */
async function openWithPassphrase(page: Page, file: Buffer, passphrase = CRAFT_PASSPHRASE) {
  await upload(page, 'crafted.koers', file);
  await page.getByLabel('Passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
}

describe('import errors in the browser', () => {
  test('shows a specific message for each error and leaves the database as it was', async ({
    context,
  }) => {
    const page = await startOffline(context);
    await loadExampleData(page);
    const before = await databaseCounts(page);
    const diaryBefore = await tableRows(page, 'diaryEntries');
    expect(recordTotal(before)).toBeGreaterThan(0);
    const messages: string[] = [];
    const expectUnchanged = async () => {
      await page.getByText('Nothing on this device has changed.').waitFor();
      expect(await databaseCounts(page)).toEqual(before);
    };

    // Made by a newer version: the reader version check comes before any other validation.
    const newer = craftJson();
    newer.manifest.minReaderVersion = READER_VERSION + 1;
    newer.manifest.formatVersion = FORMAT_VERSION + 1;
    await openWithPassphrase(page, await craft(newer));
    messages.push(await errorText(page));
    expect(messages.at(-1)).toContain('made by a newer version of Koers');
    expect(messages.at(-1)).toContain('Update the app');
    await expectUnchanged();

    // Decrypts, but a diary entry's feeling intensity is 42 (0 to 10 allowed): say where.
    const invalid = craftJson();
    const entry = invalid.records.diaryEntries?.[1] as Record<string, unknown>;
    entry.feelingIntensity = 42;
    await openWithPassphrase(page, await craft(invalid));
    messages.push(await errorText(page));
    expect(messages.at(-1)).toContain('its contents are not valid Koers data');
    expect(messages.at(-1)).toContain('Diary forms, record 2: the field “feelingIntensity”');
    await expectUnchanged();
    await expectNoAxeViolations(page, 'import error with details');

    // Decrypts and validates, but a record claims another owner than the sender.
    const foreign = craftJson();
    (foreign.records.diaryEntries?.[0] as Record<string, unknown>).ownerId =
      '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f';
    await openWithPassphrase(page, await craft(foreign));
    messages.push(await errorText(page));
    expect(messages.at(-1)).toContain(
      'Diary forms, record 1 belongs to someone other than the sender',
    );
    await expectUnchanged();

    // The manifest promises more records than the file holds: incomplete.
    const short = craftJson();
    (short.manifest.counts as Record<string, number>).diaryEntries = 3;
    await openWithPassphrase(page, await craft(short));
    messages.push(await errorText(page));
    expect(messages.at(-1)).toContain('does not hold as many diary forms as it says');
    await expectUnchanged();

    // Too large: a scrypt work factor above 20, refused before any scrypt runs (no prompt).
    const heavy = withWorkFactor(await craft(craftJson()), 21);
    await upload(page, 'heavy.koers', heavy);
    messages.push(await errorText(page));
    expect(messages.at(-1)).toContain('more computing work than Koers allows');
    expect(messages.at(-1)).toContain('asks for 21, at most 20');
    expect(await page.getByLabel('Passphrase').count()).toBe(0);
    await expectUnchanged();

    // Too large: a text of 100 001 characters (the limit is 100 000).
    const long = craftJson();
    (long.records.diaryEntries?.[0] as Record<string, unknown>).situation = 'x'.repeat(100_001);
    await openWithPassphrase(page, await craft(long));
    messages.push(await errorText(page));
    expect(messages.at(-1)).toContain('a text longer than Koers accepts');
    expect(messages.at(-1)).toContain('100,001 characters, at most 100,000');
    await expectUnchanged();

    // Too large: 100 001 records of one type (checked before any record is validated).
    const many = craftJson();
    many.records.diaryEntries = Array.from({ length: 100_001 }, () => ({}));
    (many.manifest.counts as Record<string, number>).diaryEntries = 100_001;
    await openWithPassphrase(page, await craft(many));
    messages.push(await errorText(page));
    expect(messages.at(-1)).toContain('more records than Koers accepts');
    expect(messages.at(-1)).toContain('100,001 diary forms, at most 100,000');
    await expectUnchanged();

    // Too large: a file above 64 MiB is refused by its size, before it is read.
    const dir = mkdtempSync(join(tmpdir(), 'koers-e2e-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const big = join(dir, 'big.koers');
    writeFileSync(big, '');
    truncateSync(big, 64 * 1024 * 1024 + 1);
    await go(page, '/share/import');
    await page.locator('#import-file').setInputFiles(big);
    messages.push(await errorText(page));
    expect(messages.at(-1)).toContain('This file is larger than Koers accepts');
    expect(messages.at(-1)).toContain('Koers opens files up to 67 MB');
    await expectUnchanged();

    // Every message is its own.
    expect(new Set(messages).size).toBe(messages.length);
    expect(await tableRows(page, 'diaryEntries')).toEqual(diaryBefore);
  });

  test('says it in Dutch too, with an accessible panel in dark mode', async ({ newProfile }) => {
    const context = await newProfile({ locale: 'nl-NL', colorScheme: 'dark' });
    const page = await startOffline(context, 'client', 'nl');
    const heavy = withWorkFactor(await craft(craftJson()), 21);
    await go(page, '/share/import');
    await page
      .locator('#import-file')
      .setInputFiles({ name: 'zwaar.koers', mimeType: '', buffer: heavy });
    const text = await errorText(page);
    expect(text).toContain('vraagt meer rekenwerk dan Koers toestaat');
    expect(text).toContain('Het bestand vraagt 21, hoogstens 20 is toegestaan.');
    await page.getByText('Er is niets veranderd op dit apparaat.').waitFor();
    await expectNoAxeViolations(page, 'import error nl dark');
  });

  test('a wrong passphrase and a cancelled preview change nothing; the import then works', async ({
    context,
  }) => {
    const page = await startOffline(context);
    await loadExampleData(page);
    const before = await databaseCounts(page);
    const file = await craft(craftJson(), fastPassphrase());

    // Wrong passphrase: the field says so and keeps focus for a second try.
    await openWithPassphrase(page, file, 'not the passphrase');
    await page.getByText('The passphrase is not correct').waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await focused(page)).id).toBe('import-passphrase');
    expect(await page.getByLabel('Passphrase').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'wrong passphrase');
    expect(await databaseCounts(page)).toEqual(before);

    // The right passphrase: a preview of two new diary entries; Cancel writes nothing.
    await page.getByLabel('Passphrase').fill(CRAFT_PASSPHRASE);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await page.getByTestId('preview-table').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('preview-sender').textContent()).toBe('Crafted Client');
    const row = page.getByRole('row', { name: /Diary forms/ });
    expect(await row.getByRole('cell').first().textContent()).toBe('2');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByLabel('Choose a file').waitFor();
    expect(await databaseCounts(page)).toEqual(before);
    // Reloading does not bring a half-finished import back either.
    await page.reload();
    await page.getByLabel('Choose a file').waitFor();
    expect(await databaseCounts(page)).toEqual(before);

    // The same file, confirmed: both entries arrive, in their sender's name. It is unsigned
    // (crafted by hand), so Import waits until the user says they know where it comes from.
    await openWithPassphrase(page, file);
    await page.getByTestId('preview-table').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('preview-signature').textContent()).toContain('Not signed');
    await page.getByLabel('I know where this file comes from; import it anyway').check();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('import-done').textContent())
      .toMatch(/^2 new, 0 updated, 0 unchanged/);
    const after = await databaseCounts(page);
    expect(after.diaryEntries).toBe((before.diaryEntries ?? 0) + 2);
    const rows = (await tableRows(page, 'diaryEntries')) as { situation: string }[];
    expect(rows.map((r) => r.situation)).toContain(CRAFT_SITUATION);
  });
});

// A client exports with a passphrase and with the coach's key; a coach imports both in another
// browser context. Each error case shows its own message. axe on every share screen.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import {
  expectNoAxeViolations,
  finishFirstRun,
  go,
  goOffline,
  openApp,
  waitForServiceWorker,
} from '../support/app';
import { test } from '../support/fixtures';

/** Clicks `name` and returns the bytes of the download it starts. */
async function download(page: Page, name: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  return readFileSync((await file.path()) ?? '');
}

/** Opens a file on the import screen. */
async function upload(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.goto(new URL('/share/import', page.url()).href);
  await page
    .locator('#import-file')
    .setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
}

describe('exchange between client and coach', () => {
  test('client exports with a passphrase and with the coach key; the coach imports both', async ({
    newProfile,
  }) => {
    const coachContext = await newProfile();
    const clientContext = await newProfile();
    const coach = await coachContext.newPage();
    const client = await clientContext.newPage();
    // The coach makes a key, must back it up, and then sees the coach code.
    await openApp(coach);
    await finishFirstRun(coach, 'coach');
    await waitForServiceWorker(coach);
    await openApp(client);
    await finishFirstRun(client, 'client');
    await waitForServiceWorker(client);
    // Both work offline from here on: nothing needs the network.
    await goOffline(coachContext);
    await clientContext.setOffline(true);
    await go(coach, '/share/keys');
    await coach.getByRole('button', { name: 'Make a coach key' }).click();
    await coach.getByText('Back up your key before you use it', { exact: false }).waitFor();
    const keyFile = await download(coach, 'Download the key file');
    expect(keyFile.toString()).toContain('-----BEGIN AGE ENCRYPTED FILE-----');
    await coach.getByLabel('I have stored the key file and its passphrase safely').check();
    await coach.getByRole('button', { name: 'Done, show my coach code' }).click();
    const code = (await coach.getByTestId('coach-code').textContent())?.trim() ?? '';
    const coachPrint = (await coach.getByTestId('coach-fingerprint').textContent())?.trim();
    // The coach code carries the coach device's signing key after the age recipient.
    expect(code).toMatch(/^age1[0-9a-z]{58}\+[a-z2-7]{52}$/);
    expect(await coach.locator('svg.qr rect').count()).toBeGreaterThan(100);

    // The client loads the example data and exports it with a generated passphrase.
    await client.getByRole('button', { name: 'Load example data' }).click();
    await expect
      .poll(() => client.getByRole('button', { name: 'Remove example data' }).count())
      .toBe(1);
    await go(client, '/share/export');
    const passphrase =
      (await client.getByTestId('generated-passphrase').textContent())?.trim() ?? '';
    expect(passphrase.split(' ')).toHaveLength(6);
    await client.getByLabel('Include the example data').check();
    await client.getByRole('button', { name: 'Make the file' }).click();
    // Deriving the key from a passphrase (scrypt) is slow on a loaded machine.
    await client.getByTestId('export-result').waitFor({ timeout: 60_000 });
    const passFile = await download(client, 'Download');

    // The client adds the coach code, compares the fingerprint and exports to the coach.
    await go(client, '/share/keys');
    await client.getByLabel('Coach code').fill(code);
    await client.getByRole('button', { name: 'Check the code' }).click();
    await expect.poll(() => client.getByTestId('new-fingerprint').textContent()).toBe(coachPrint);
    await client.getByLabel('My coach sees the same fingerprint').check();
    await client.getByRole('button', { name: 'Save the coach code' }).click();
    await client.getByTestId('coach-fingerprint').waitFor();
    await go(client, '/share/export');
    await expect.poll(() => client.getByLabel("With my coach's key").isChecked()).toBe(true);
    await client.getByLabel('Include the example data').check();
    await client.getByRole('button', { name: 'Make the file' }).click();
    await client.getByTestId('export-result').waitFor({ timeout: 30_000 });
    const keyBundle = await download(client, 'Download');

    // The coach imports the passphrase file: a wrong passphrase first, then the right one.
    await upload(coach, 'export.koers', passFile);
    await coach.getByLabel('Passphrase').fill('not the passphrase');
    await coach.getByRole('button', { name: 'Open', exact: true }).click();
    await coach.getByText('The passphrase is not correct').waitFor({ timeout: 60_000 });
    await coach.getByLabel('Passphrase').fill(passphrase);
    await coach.getByRole('button', { name: 'Open', exact: true }).click();
    await coach.getByTestId('preview-table').waitFor({ timeout: 60_000 });
    // Signed by the client's device: the first file from them, its key to be remembered.
    expect(await coach.getByTestId('preview-signature').textContent()).toContain(
      'This is the first file from',
    );
    await expectNoAxeViolations(coach, 'import preview');
    await coach.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => coach.getByTestId('import-done').textContent())
      .toMatch(/^[1-9]\d* new/);

    // The coach-key file holds the same records: all unchanged now.
    await upload(coach, 'coach.koers', keyBundle);
    await coach.getByTestId('preview-table').waitFor({ timeout: 30_000 });
    await coach.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => coach.getByTestId('import-done').textContent())
      .toMatch(/^0 new, 0 updated/);

    // Error cases, each with its own message.
    await upload(coach, 'notes.txt', Buffer.from('just some text'));
    await expect
      .poll(() => coach.getByTestId('share-error').textContent())
      .toContain('This is not a Koers file.');
    await upload(coach, 'cut.koers', keyBundle.subarray(0, keyBundle.length - 40));
    await expect
      .poll(() => coach.getByTestId('share-error').textContent())
      .toContain('damaged or incomplete');
    await upload(coach, 'example.koers', readFileSync('examples/example-client.koers'));
    await expect
      .poll(() => coach.getByTestId('share-error').textContent())
      .toContain('not encrypted for your key');
    await expect
      .poll(() => coach.getByTestId('share-error').textContent())
      .toContain(coachPrint ?? '-');
  });
});

/**
 * Waits until the share screen at `path` shows what it loads after its heading: the export
 * summary and the coach code ("Loading…" until then), and on the keys screen the device's own
 * key. Axe then checks the screen as it stays.
 */
async function loaded(page: Page, path: string): Promise<void> {
  await page.locator('h1').first().waitFor();
  await expect
    .poll(() =>
      page
        .locator('main')
        .getByText(/^(Loading|Laden)…$/)
        .count(),
    )
    .toBe(0);
  if (path === '/share/keys') await page.getByTestId('own-fingerprint').waitFor();
}

describe('accessibility of the share screens', () => {
  for (const language of ['en', 'nl'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`has no axe violations in ${language}, ${colorScheme}`, async ({ newProfile }) => {
        const context = await newProfile({ colorScheme });
        const page = await context.newPage();
        await openApp(page);
        await finishFirstRun(page, 'client', language);
        for (const path of ['/share', '/share/export', '/share/import', '/share/keys']) {
          await go(page, path);
          await loaded(page, path);
          await expectNoAxeViolations(page, `${path} ${language} ${colorScheme}`);
        }
        await go(page, '/share/export');
        await loaded(page, '/share/export');
        await page.getByRole('radio').nth(3).check();
        await expectNoAxeViolations(page, `export options ${language} ${colorScheme}`);
      });
    }
  }
});

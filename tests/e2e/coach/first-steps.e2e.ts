// A new coach starts without any tool outside the app, offline: the example client in one
// step and removed in one action (English, laptop); a plain age key file taken and protected,
// another key file added beside it, a client's file imported with a link to the client, and a
// file for an unknown key that leads to restoring another key (Dutch, phone). The coach's
// menu holds the coach's sections only, and on a laptop no menu button shows.
import { readFileSync } from 'node:fs';
import { Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { encryptIdentityFile } from '../../../src/bundle/key-file';
import { exampleId } from '../../../src/domain/example/ids';
import {
  expectNoAxeViolations,
  finishFirstRun,
  go,
  goOffline,
  openApp,
  waitForServiceWorker,
} from '../support/app';
import { test } from '../support/fixtures';

const EXAMPLE_PROFILE = 'e8a3b1c0-0000-4000-8000-00000000c11e';
/** The example client's first investigation (exampleId(2001)). */
const FIRST_INVESTIGATION = exampleId(2001);

/** The labels of the main navigation's links. */
const navLabels = (page: Page) => page.locator('#main-nav a').allTextContents();

describe('a new coach', () => {
  test('tries Koers with the example client and removes it again (English, laptop)', async ({
    newProfile,
  }) => {
    const context = await newProfile({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await openApp(page);
    await finishFirstRun(page, 'coach', 'en');
    await waitForServiceWorker(page);
    await goOffline(context);

    // The coach's sections only, and no menu button beside the side navigation.
    expect(await navLabels(page)).toEqual(['Today', 'Clients', 'Share', 'Settings']);
    expect(await page.locator('.menu-toggle').isVisible()).toBe(false);
    expect(await page.locator('.new-entry').count()).toBe(0);

    await page.getByRole('heading', { name: 'Getting started' }).waitFor();
    await expectNoAxeViolations(page, 'coach today, first steps');
    await page.getByRole('button', { name: 'Try Koers with the example client' }).click();
    await page.getByRole('heading', { name: /Ruud/, level: 1 }).waitFor({ timeout: 30_000 });
    expect(page.url()).toContain(`/coach/clients/${EXAMPLE_PROFILE}`);
    await page.getByText('This is the fictional example client').waitFor();
    // New since the import: one group per record type, at most three records in each.
    const fresh = page.getByRole('region', { name: 'New since the last import' });
    const groups = fresh.locator('.new-group');
    expect(await groups.count()).toBeGreaterThan(2);
    for (const group of await groups.all()) {
      expect(await group.locator('.record-item').count()).toBeLessThanOrEqual(3);
    }
    expect(await fresh.getByText(/^The newest 3 of \d+\.$/).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'example client page');

    // Today lists the client with what the file brought; the demo key is marked as such.
    await go(page, '/');
    const item = page.locator('.home-list li', { hasText: 'Ruud' });
    await item.waitFor();
    expect(await item.textContent()).toMatch(/Example\s*\d+ new or changed items in the file of/);
    await go(page, '/share/keys');
    await page.getByText('Demo key of the example client').waitFor();

    // The example client's discussion of his first investigation, read and noted on by the
    // coach; the note is named by what it is about on the client's notes page.
    await go(page, `/coach/clients/${EXAMPLE_PROFILE}/zkm/${FIRST_INVESTIGATION}`);
    await page.getByRole('heading', { name: 'The client’s discussion of the results' }).waitFor();
    await page.getByRole('button', { name: 'Note: Discussing the results' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('note-text');
    await page.keyboard.type('Mooie rode draad; vraag naar de twijfel bij hulp vragen.');
    await page.getByLabel('Private').check();
    await page.getByRole('button', { name: 'Save note' }).click();
    await page.getByText('Note saved.').waitFor();
    await expectNoAxeViolations(page, 'coach discussion');
    await go(page, `/coach/clients/${EXAMPLE_PROFILE}/notes`);
    const noted = page.locator('.note-item', { hasText: 'Mooie rode draad' });
    await noted.waitFor();
    expect(await noted.textContent()).toContain('Discussion of results: Eerste zelfonderzoek');

    // Removed in one action: the client, the demo key and the pinned key go.
    await go(page, `/coach/clients/${EXAMPLE_PROFILE}`);
    await page.getByRole('button', { name: 'Remove the example client' }).click();
    await page.getByRole('heading', { name: 'Clients', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Try Koers with the example client' }).waitFor();
    await go(page, '/share/keys');
    await page.getByRole('heading', { name: 'Your coach key' }).waitFor();
    expect(await page.getByText('Other keys on this device').count()).toBe(0);

    // The client's own sections can be switched on.
    await go(page, '/settings');
    await page
      .getByLabel('Also show the sections for my own diary, self-investigation and focusing')
      .check();
    await expect.poll(() => navLabels(page)).toContain('Diary');
    expect(await page.locator('.new-entry').count()).toBe(1);
  });

  // On the suite's phone profile (360 × 740).
  test('takes a plain key file, adds another, imports and is led to the client (Dutch, phone)', async ({
    context,
    page,
  }) => {
    await openApp(page);
    await finishFirstRun(page, 'coach', 'nl');
    await waitForServiceWorker(page);
    await goOffline(context);
    await go(page, '/share/keys');

    // The plain demo key, as age-keygen writes it: taken, then a protected copy is asked for.
    await page.getByText('Sleutel terugzetten of toevoegen uit een sleutelbestand').click();
    await page.locator('#restore-key-file').setInputFiles({
      name: 'demo-coach.key',
      mimeType: 'text/plain',
      buffer: readFileSync('examples/demo-coach.key'),
    });
    await page.getByText('Dit sleutelbestand is niet beveiligd').waitFor();
    await expectNoAxeViolations(page, 'plain key file');
    await page.getByRole('button', { name: 'Deze sleutel gebruiken' }).click();
    await page.getByText('is teruggezet als je coachsleutel').waitFor();
    await page.getByText('Maak een back-up van je sleutel voordat je hem gebruikt').waitFor();

    // A second, protected key file is added beside it.
    const other = await generateX25519Identity();
    const otherFile = await encryptIdentityFile(other, 'tweede sleutel wachtwoordzin', {
      workFactor: 10,
    });
    await page.locator('#restore-key-file').setInputFiles({
      name: 'tweede.age',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(otherFile),
    });
    await page.getByRole('button', { name: 'Terugzetten', exact: true }).click();
    await page.getByText('Vul de wachtwoordzin van het sleutelbestand in.').waitFor();
    await page.locator('#restore-key-pass').fill('tweede sleutel wachtwoordzin');
    await page.getByRole('button', { name: 'Terugzetten', exact: true }).click();
    await page.getByText('is toegevoegd').waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { name: 'Andere sleutels op dit apparaat' }).waitFor();
    await expectNoAxeViolations(page, 'other keys');

    // A file for neither key: the error names the keys tried and leads to restoring another.
    const stranger = await identityToRecipient(await generateX25519Identity());
    const encrypter = new Encrypter();
    encrypter.addRecipient(stranger);
    const foreign = await encrypter.encrypt(new TextEncoder().encode('{}'));
    await go(page, '/share/import');
    await page.locator('#import-file').setInputFiles({
      name: 'vreemd.koers',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(foreign),
    });
    await page.getByRole('link', { name: 'Een andere sleutel terugzetten of toevoegen' }).click();
    await expect.poll(() => page.locator('#restore-key').getAttribute('open')).toBe('');

    // The example client's file opens with the demo key; the import leads to the client.
    await go(page, '/share/import');
    await page.locator('#import-file').setInputFiles({
      name: 'example-client.koers',
      mimeType: 'application/octet-stream',
      buffer: readFileSync('examples/example-client.koers'),
    });
    await page.getByTestId('preview-table').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page.getByRole('link', { name: /^Naar Ruud/ }).click();
    await page.getByRole('heading', { name: /Ruud/, level: 1 }).waitFor();
    // Imported from a file rather than tried as the example: not marked as the example.
    expect(await page.getByText('Dit is de verzonnen voorbeeldcliënt').count()).toBe(0);
    // No menu of the client's own sections in the phone menu either.
    await page.getByRole('button', { name: 'Menu' }).click();
    expect(await navLabels(page)).toEqual(['Vandaag', 'Cliënten', 'Delen', 'Instellingen']);
  });
});

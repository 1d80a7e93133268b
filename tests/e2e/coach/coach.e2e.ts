// The coach workspace in Chromium, offline: the clients list, a client's page, notes with
// undo, assignments, a return bundle (downloaded and opened again), removal of one client.
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { importBundle } from '../../../src/bundle/bundle';
import { finishFirstRun, go, goOffline, openApp, waitForServiceWorker } from '../support/app';
import { test } from '../support/fixtures';
import { CLIENT, INTERPLAY, OTHER, seedDatabase, seedLocal, seedRecords, uuid } from './seed';

/** A coach device with the two seeded clients, offline. */
async function coachDevice(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await openApp(page);
  await finishFirstRun(page, 'coach', 'en');
  await waitForServiceWorker(page);
  await goOffline(context);
  await page.goto(new URL('/coach', page.url()).href);
  await page.getByRole('heading', { name: 'Clients', level: 1 }).waitFor();
  const now = new Date();
  await seedDatabase(page, { ...seedRecords(now), ...seedLocal(now) });
  return page;
}

describe('coach workspace', () => {
  test('lists clients with counts and changes; rename, filter, archive', async ({ newProfile }) => {
    const context = await newProfile({ viewport: { width: 1280, height: 900 } });
    const page = await coachDevice(context);
    const jeroen = page.getByRole('article', { name: 'Jeroen' });
    await jeroen.waitFor();
    // Counts come from the ownerId index: 8 diary forms, 3 sessions, 6 valuations.
    await expect.poll(() => jeroen.locator('.counts').textContent()).toMatch(/Diary forms\s*8/);
    const counts = await jeroen.locator('.counts').textContent();
    expect(counts).toMatch(/Focusing sessions\s*3/);
    expect(counts).toMatch(/Valuations\s*6/);
    expect(await jeroen.locator('.change-list').textContent()).toContain(
      'Diary forms 2 new, 0 changed, 0 deleted',
    );

    await jeroen.getByRole('button', { name: 'Rename: Jeroen' }).click();
    await page.getByLabel('Your name for this client').fill('Jeroen (lab)');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByRole('heading', { name: 'Jeroen (lab)' }).waitFor();
    expect(await page.getByText('Name in their bundles: Jeroen').count()).toBe(1);

    await page.getByLabel('Search by name').fill('anouk');
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toBe('1 of 2 clients shown');
    expect(await page.getByRole('article').count()).toBe(1);
    await page.getByLabel('Search by name').fill('');

    // Archived: out of the list, folded away under "Archived (1)", back with Unarchive.
    const active = page.locator('section.coach > ul.coach-list > li > article');
    await page.getByRole('button', { name: 'Archive: Anouk' }).click();
    await expect.poll(() => active.count()).toBe(1);
    const fold = page.locator('details.coach-archived');
    await fold.locator('summary').click();
    expect(await fold.locator('summary').textContent()).toBe('Archived (1)');
    await fold.getByRole('button', { name: 'Unarchive: Anouk' }).click();
    await expect.poll(() => active.count()).toBe(2);
    expect(await fold.count()).toBe(0);
  });

  test('shows the client page, takes notes with undo and assignments, makes a return bundle', {
    // Generous: a whole workspace tour and a return bundle's scrypt, on a busy machine.
    timeout: 180_000,
  }, async ({ context }) => {
    const page = await coachDevice(context);
    await page.goto(new URL(`/coach/clients/${CLIENT}`, page.url()).href);
    await page.getByRole('heading', { name: 'Jeroen', level: 1 }).waitFor();

    // New since the last import: the two newest diary forms and the own report.
    const fresh = page.getByRole('region', { name: 'New since the last import' });
    await expect.poll(() => fresh.locator('.record-item').count()).toBe(4);
    // The parts, each with its count.
    const parts = page.getByRole('navigation', { name: 'Pages about this client' });
    const partsText = await parts.textContent();
    expect(partsText).toContain('Diary8 diary forms');
    expect(partsText).toContain('Focusing3 sessions');
    expect(partsText).toContain('Themes (change process)1 theme');
    await parts.getByRole('link', { name: 'Self-investigations (ZKM)' }).click();
    await page.getByRole('heading', { name: 'Self-investigations of Jeroen', level: 1 }).waitFor();
    expect(await page.locator('[data-slot="zkm-views"]').textContent()).toContain(
      'Eerste zelfonderzoek',
    );
    await go(page, `/coach/clients/${CLIENT}/themes`);
    const themesRegion = page.getByRole('region', { name: 'Themes', exact: true });
    await themesRegion.waitFor();
    const themes = await themesRegion.textContent();
    expect(themes).toContain('Mijn drang om mezelf te bewijzen');
    expect(themes).toContain('Creating');
    expect(await page.getByRole('region', { name: 'Own report' }).textContent()).toContain(
      'Ik merk eerder wanneer ik mezelf wil bewijzen.',
    );

    // A note on the newest diary form, for the client.
    await go(page, `/coach/clients/${CLIENT}/diary`);
    await page
      .getByRole('button', { name: /^Note: / })
      .first()
      .click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('note-text');
    await page.keyboard.type('Mooi dat je dit opschreef — wat voelde je precies?');
    // Written on the entry's own page, next to it; who may read it is chosen every time.
    expect(page.url()).toMatch(/\/coach\/clients\/[^/]+\/diary\/[^/?]+\?note=1$/);
    await page.getByRole('button', { name: 'Save note' }).click();
    await page.getByText('Choose who may read this note.').waitFor();
    await page.getByLabel('For the client').check();
    await page.getByRole('button', { name: 'Save note' }).click();
    await page.getByText('Note saved.').waitFor();
    // Shown with the entry, with who may read it.
    const onThis = page.getByRole('region', { name: 'Your notes on this (1)' });
    await onThis.waitFor();
    expect(await onThis.textContent()).toContain('For the client');
    expect(await onThis.textContent()).toContain('wat voelde je precies?');
    // The coach sees the form as the client does, with how thinking, feeling and acting hung
    // together.
    const interplay = page.locator('.diary-fields > div', {
      hasText: 'How did thinking, feeling and acting hang together?',
    });
    expect(await interplay.locator('dd').textContent()).toBe(INTERPLAY[1]);
    await go(page, `/coach/clients/${CLIENT}/notes`);
    await page.getByRole('heading', { name: 'Your notes on Jeroen', level: 1 }).waitFor();
    // A general note for the report, and a private one.
    await page.locator('#note-text').fill('Z-motief overheerst; verbondenheid groeit.');
    await page.getByLabel('For the report').check();
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => page.locator('.note-item').count()).toBe(2);
    await page.locator('#note-text').fill('Privé: vraag naar zijn vader');
    await page.getByLabel('Private').check();
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => page.locator('.note-item').count()).toBe(3);

    // Search over notes.
    await page.getByLabel('Search notes').fill('verbondenheid');
    await expect.poll(() => page.locator('.note-item').count()).toBe(1);
    // The matched word is marked, as in the diary's search.
    expect(await page.locator('.note-item mark').allTextContents()).toEqual(['verbondenheid']);
    await page.getByLabel('Search notes').fill('');

    // Delete with undo.
    await page.getByRole('button', { name: 'Delete: Privé: vraag naar zijn vader' }).click();
    await expect.poll(() => page.locator('.note-item').count()).toBe(2);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator('.note-item').count()).toBe(3);

    // Edit a note: it opens in the form, and saving changes it in place.
    await page.getByRole('button', { name: /^Edit: Z-motief overheerst/ }).click();
    await expect
      .poll(() => page.locator('#note-text').inputValue())
      .toBe('Z-motief overheerst; verbondenheid groeit.');
    await page.locator('#note-text').fill('Z-motief overheerst; verbondenheid groeit duidelijk.');
    await page.getByRole('button', { name: 'Save changes' }).first().click();
    await page.getByText('Note changed.').waitFor();
    await expect.poll(() => page.locator('.note-item').count()).toBe(3);
    await expect.poll(() => page.getByText('verbondenheid groeit duidelijk.').count()).toBe(1);

    // The overview counts the notes: three, one of them for the client.
    await go(page, `/coach/clients/${CLIENT}`);
    await expect.poll(() => parts.textContent()).toContain('Notes3 notes');
    expect(await parts.textContent()).toContain('Send to the client1 note for the client');

    // An assignment: a title is required.
    await parts.getByRole('link', { name: 'Assignments and question sets' }).click();
    await page.getByRole('heading', { name: 'Assignments for Jeroen', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Add assignment' }).click();
    await page.getByText('Give the assignment a title.').waitFor();
    await page.locator('#assignment-title').fill('Dagboek over bewijsdrang');
    await page
      .getByLabel('Description')
      .fill('Twee weken lang, bij situaties waarin je jezelf wilt bewijzen.');
    await page
      .locator('#assignment-theme')
      .selectOption({ label: 'Mijn drang om mezelf te bewijzen' });
    await page.getByRole('button', { name: 'Add assignment' }).click();
    await page.getByText('Assignment saved.').waitFor();

    // Open on the overview, then the bundle back, with a passphrase.
    await go(page, `/coach/clients/${CLIENT}`);
    const open = page.getByRole('region', { name: 'Open assignments' });
    await expect.poll(() => open.textContent()).toContain('1 open assignment');
    expect(await open.textContent()).toContain('Dagboek over bewijsdrang');
    await parts.getByRole('link', { name: 'Send to the client' }).click();
    await page.getByRole('heading', { name: 'Send to Jeroen', level: 1 }).waitFor();
    const section = page.getByRole('region', { name: 'Bundle back to the client' });
    await expect
      .poll(() => section.textContent())
      .toContain('Notes for the client: 1. Assignments: 1.');
    // Twelve characters are not enough: the strength rule of every other bundle applies.
    await page.locator('#return-passphrase').fill('abcdefghijkl');
    await page.locator('#return-confirm').fill('abcdefghijkl');
    await page.getByRole('button', { name: 'Make bundle' }).click();
    await page.getByText('This passphrase is too easy to guess. Use more words.').waitFor();
    // A suggested passphrase (its word lists load on this tap) fills both fields.
    await page.getByRole('button', { name: 'Suggest a passphrase' }).click();
    const suggestedField = page.locator('#return-passphrase');
    await expect.poll(() => suggestedField.inputValue()).toMatch(/^[a-z]+( [a-z]+){5}$/);
    const suggested = await suggestedField.inputValue();
    expect(await page.locator('#return-confirm').inputValue()).toBe(suggested);
    // Protected with a passphrase (scrypt): slow on a loaded machine.
    const downloaded = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Make bundle' }).click();
    const file = await downloaded;
    expect(file.suggestedFilename()).toMatch(/^koers-coach-jeroen-\d{4}-\d{2}-\d{2}-\d{4}\.koers$/);
    const bytes = new Uint8Array(await readFile((await file.path()) ?? ''));
    expect(new TextDecoder().decode(bytes.slice(0, 21))).toBe('age-encryption.org/v1');

    // Opened again, it holds exactly the note for the client and the assignment.
    const payload = await importBundle(bytes, {
      type: 'passphrase',
      passphrase: suggested,
    });
    expect(payload.manifest.kind).toBe('coach-return');
    expect(payload.records.coachNotes.map((n) => n.text)).toEqual([
      'Mooi dat je dit opschreef — wat voelde je precies?',
    ]);
    expect(payload.records.coachNotes[0]?.targetId).toBe(uuid(0x107));
    expect(payload.records.assignments.map((a) => a.title)).toEqual(['Dagboek over bewijsdrang']);
    expect(payload.records.diaryEntries).toEqual([]);
  });

  test('removes a client with the keyboard alone; Escape cancels and focus returns', async ({
    context,
  }) => {
    const page = await coachDevice(context);
    const remove = page.getByRole('button', { name: 'Remove client: Anouk' });
    await remove.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Remove Anouk?' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Remove client: Anouk');
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await expect.poll(() => dialog.textContent()).toContain('Diary forms: 1');
    // Focus starts inside the dialog; Tab reaches the confirm button.
    await dialog.getByRole('button', { name: 'Remove everything of this client' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('article').count()).toBe(1);
    await page.getByRole('heading', { name: 'Jeroen' }).waitFor();
  });

  test('removes one client and everything of theirs, and nothing of the other', async ({
    context,
  }) => {
    const page = await coachDevice(context);
    await page.getByRole('button', { name: 'Remove client: Jeroen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove Jeroen?' });
    await dialog.waitFor();
    await expect.poll(() => dialog.textContent()).toContain('Diary forms: 8');
    expect(await dialog.textContent()).toContain('Imports: 2');
    await dialog.getByRole('button', { name: 'Remove everything of this client' }).click();
    await expect.poll(() => page.getByRole('article').count()).toBe(1);
    const left = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const r = indexedDB.open('koers');
        r.onsuccess = () => resolve(r.result);
      });
      const all = (name: string) =>
        new Promise<{ ownerId?: string; clientId?: string; id: string }[]>((resolve) => {
          const r = db.transaction(name).objectStore(name).getAll();
          r.onsuccess = () => resolve(r.result);
        });
      const result: Record<string, string[]> = {};
      for (const name of [
        'diaryEntries',
        'focusingSessions',
        'valuations',
        'themes',
        'clients',
        'importLog',
      ]) {
        result[name] = (await all(name)).map((row) => row.ownerId ?? row.clientId ?? row.id);
      }
      db.close();
      return result;
    });
    expect(left).toEqual({
      diaryEntries: [OTHER],
      focusingSessions: [],
      valuations: [],
      themes: [],
      clients: [OTHER],
      importLog: [OTHER],
    });
  });
});

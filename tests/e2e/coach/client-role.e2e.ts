// A client who opens the coach's pages (a shared link, a typed address) on a device that holds
// a coach's data: every coach page shows the "for coaches only" message with the way to the
// workbook and to the role in Settings, and nothing of the clients or the coach's notes; axe
// finds nothing, in Dutch and English, light and dark. Choosing the coach role opens the pages.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import {
  expectNoAxeViolations,
  finishFirstRun,
  goOffline,
  openApp,
  storedSettings,
  waitForServiceWorker,
} from '../support/app';
import { test } from '../support/fixtures';
import { CLIENT, INVESTIGATION, seedDatabase, seedLocal, seedRecords, uuid } from './seed';

const variants = [
  {
    language: 'nl',
    colorScheme: 'light',
    title: 'Alleen voor coaches',
    workbook: 'Open mijn werkboek',
    settings: 'Mijn rol wijzigen bij Instellingen',
  },
  {
    language: 'en',
    colorScheme: 'dark',
    title: 'For coaches only',
    workbook: 'Open my workbook',
    settings: 'Change my role in Settings',
  },
] as const;

const NOTE_TEXT = 'Privé notitie van de coach over Jeroen';

/** Every page of the coach's workspace but the workbook (which is the client's). */
const coachPages = [
  '/coach',
  `/coach/clients/${CLIENT}`,
  `/coach/clients/${CLIENT}/report`,
  `/coach/clients/${CLIENT}/diary`,
  `/coach/clients/${CLIENT}/diary/insight`,
  `/coach/clients/${CLIENT}/diary/${uuid(0x100)}`,
  `/coach/clients/${CLIENT}/focusing`,
  `/coach/clients/${CLIENT}/focusing/insight`,
  `/coach/clients/${CLIENT}/focusing/${uuid(0x200)}`,
  `/coach/clients/${CLIENT}/zkm/${INVESTIGATION}`,
  `/coach/clients/${CLIENT}/zkm/${INVESTIGATION}/compare`,
  `/coach/clients/${CLIENT}/zkm`,
  `/coach/clients/${CLIENT}/themes`,
  `/coach/clients/${CLIENT}/notes`,
  `/coach/clients/${CLIENT}/assignments`,
  `/coach/clients/${CLIENT}/send`,
  '/coach/notes',
];

/** Text of the coach's data that must never reach a client's screen. */
const coachData = [
  'Jeroen',
  'Anouk',
  'Situatie 1',
  'Eerste zelfonderzoek',
  'Ik wil bewijzen dat ik het kan',
  'Druk op de borst',
  'Mijn drang om mezelf te bewijzen',
  NOTE_TEXT,
];

async function visit(page: Page, path: string) {
  await page.goto(new URL(path, page.url()).href);
  await page.locator('h1').first().waitFor();
}

describe.each(variants)('a client on the coach pages, $language $colorScheme', (variant) => {
  test.override({
    contextOptions: {
      locale: variant.language === 'nl' ? 'nl-NL' : 'en-GB',
      colorScheme: variant.colorScheme,
    },
  });
  test('shows the message and the way to Settings, and none of the coach’s data', async ({
    context,
    page,
  }) => {
    await openApp(page);
    await finishFirstRun(page, 'client', variant.language);
    await waitForServiceWorker(page);
    await goOffline(context);
    // The device holds a coach's data (say the role was switched): it must stay hidden.
    const now = new Date();
    await seedDatabase(page, {
      ...seedRecords(now),
      ...seedLocal(now),
      coachNotes: [
        {
          id: uuid(0xa9),
          ownerId: uuid(0xc0),
          clientId: CLIENT,
          createdAt: '2026-01-05T10:00:00.000Z',
          updatedAt: '2026-01-05T10:00:00.000Z',
          rev: 1,
          text: NOTE_TEXT,
          visibility: 'private',
        },
      ],
    });

    for (const path of coachPages) {
      await visit(page, path);
      const main = page.locator('main');
      await main.getByRole('heading', { name: variant.title, level: 1 }).waitFor();
      expect(await main.locator('h1').count(), path).toBe(1);
      const text = (await main.textContent()) ?? '';
      for (const shown of coachData) expect(text, `${path}: ${shown}`).not.toContain(shown);
      expect(await main.getByRole('link', { name: variant.workbook }).count(), path).toBe(1);
      expect(await main.getByRole('link', { name: variant.settings }).count(), path).toBe(1);
    }
    await visit(page, `/coach/clients/${CLIENT}`);
    await page.getByRole('heading', { name: variant.title, level: 1 }).waitFor();
    await expectNoAxeViolations(page, `coach-only ${variant.language} ${variant.colorScheme}`);

    // The link leads to the role in Settings; choosing coach opens the workspace.
    await page.getByRole('link', { name: variant.settings }).click();
    await page.waitForURL((url) => url.pathname === '/settings');
    const coachRole = page.locator('input[name="role"][value="coach"]');
    await coachRole.check();
    // Stored before the page is left: the settings live in their own IndexedDB store.
    await expect.poll(async () => (await storedSettings(page)).role).toBe('coach');
    await visit(page, '/coach');
    await page.locator('.coach-card').first().waitFor();
    expect((await page.locator('main').textContent()) ?? '').toContain('Jeroen');
  });
});

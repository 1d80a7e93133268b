// axe-core finds no violations on any coach screen, in Dutch and English, light and dark;
// and the client's "From my coach" workbook shows what a coach sent.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { expectNoAxeViolations, finishFirstRun, openApp, storedSettings } from '../support/app';
import { test } from '../support/fixtures';
import { CLIENT, seedDatabase, seedLocal, seedRecords, THEME, uuid } from './seed';

const variants = [
  { language: 'nl', colorScheme: 'light' },
  { language: 'nl', colorScheme: 'dark' },
  { language: 'en', colorScheme: 'light' },
  { language: 'en', colorScheme: 'dark' },
] as const;

const header = (n: number, ownerId: string) => ({
  id: uuid(n),
  ownerId,
  createdAt: '2026-02-01T10:00:00.000Z',
  updatedAt: '2026-02-01T10:00:00.000Z',
  rev: 1,
});

const COACH = uuid(0xc0);

/** Coach records about CLIENT: a note per visibility, one on a diary form, and an assignment. */
function coachRecords(clientId: string) {
  return {
    coachNotes: [
      {
        ...header(0xa1, COACH),
        clientId,
        text: 'Algemene notitie voor de cliënt',
        visibility: 'client',
      },
      {
        ...header(0xa2, COACH),
        clientId,
        text: 'Over deze situatie: wat gebeurde er in je lijf?',
        visibility: 'client',
        targetType: 'diaryEntries',
        targetId: uuid(0x107),
      },
      { ...header(0xa3, COACH), clientId, text: 'Privé', visibility: 'private' },
    ],
    assignments: [
      {
        ...header(0xb1, COACH),
        clientId,
        title: 'Dagboek over bewijsdrang',
        description: 'Twee weken lang.',
        startsOn: '2026-02-02T00:00:00.000Z',
        endsOn: '2026-02-16T00:00:00.000Z',
        themeId: THEME,
      },
    ],
  };
}

async function visit(page: Page, path: string) {
  await page.goto(new URL(path, page.url()).href);
  await page.locator('h1').first().waitFor();
}

describe.each(variants)('coach screens in $language, $colorScheme', ({ language, colorScheme }) => {
  test.override({
    contextOptions: { locale: language === 'nl' ? 'nl-NL' : 'en-GB', colorScheme },
  });
  test('has no axe violations on any coach screen', async ({ page }) => {
    await openApp(page);
    await finishFirstRun(page, 'coach', language);
    await visit(page, '/coach');
    const now = new Date();
    await seedDatabase(page, { ...seedRecords(now), ...seedLocal(now), ...coachRecords(CLIENT) });
    await page.locator('.coach-card').first().waitFor();
    const label = (screen: string) => `${screen} ${language} ${colorScheme}`;
    await expectNoAxeViolations(page, label('clients'));

    await page.locator('.coach-card .button.danger').first().click();
    await page.locator('dialog[open] li').first().waitFor();
    await expectNoAxeViolations(page, label('remove dialog'));
    await page.keyboard.press('Escape');

    await visit(page, `/coach/clients/${CLIENT}`);
    await page.locator('.coach-part').first().waitFor();
    await expectNoAxeViolations(page, label('client overview'));

    await visit(page, `/coach/clients/${CLIENT}/notes`);
    await page.locator('.note-item').first().waitFor();
    await expectNoAxeViolations(page, label('client notes'));

    await visit(page, `/coach/clients/${CLIENT}/zkm`);
    await page.locator('.coach-details summary').first().click();
    await page.locator('.coach-details .record-item').first().waitFor();
    await expectNoAxeViolations(page, label('client self-investigations'));

    for (const part of ['themes', 'assignments', 'send']) {
      await visit(page, `/coach/clients/${CLIENT}/${part}`);
      await page.locator('.coach-section').first().waitFor();
      await expectNoAxeViolations(page, label(`client ${part}`));
    }

    await visit(page, `/coach/clients/${CLIENT}/report`);
    await page.locator('.report-section').first().waitFor();
    await expectNoAxeViolations(page, label('report'));

    await visit(page, '/coach/notes');
    await page.locator('.note-item').first().waitFor();
    await expectNoAxeViolations(page, label('notes search'));

    await visit(page, '/coach/workbook');
    // The heading comes first; what the workbook holds follows from a live query.
    await page.locator('#workbook-assignments').waitFor();
    await expectNoAxeViolations(page, label('workbook (coach)'));

    await visit(page, '/coach/clients/00000000-0000-4000-8000-0000000000ff');
    await expectNoAxeViolations(page, label('unknown client'));
  });
});

test('shows the client what their coach sent, in the workbook, without axe violations', async ({
  newProfile,
}) => {
  const context = await newProfile({ locale: 'nl-NL', colorScheme: 'dark' });
  const page = await context.newPage();
  await openApp(page);
  await finishFirstRun(page, 'client', 'nl');
  await visit(page, '/coach/workbook');
  // The client's own profile id, from the settings store.
  const profileId = String((await storedSettings(page)).profileId);
  await seedDatabase(page, coachRecords(profileId));
  await page.getByRole('heading', { name: 'Van mijn coach', level: 1 }).waitFor();
  const assignments = page.getByRole('region', { name: 'Opdrachten' });
  await assignments.getByRole('heading', { name: 'Dagboek over bewijsdrang' }).waitFor();
  const notes =
    (await page.getByRole('region', { name: 'Notities van je coach' }).textContent()) ?? '';
  expect(notes).toContain('Algemene notitie voor de cliënt');
  expect(notes).toContain('Over deze situatie: wat gebeurde er in je lijf?');
  expect(notes).toContain('Dagboekformulier');
  expect(notes).not.toContain('Privé');
  await expectNoAxeViolations(page, 'workbook (client) nl dark');
});

test('works at 320 px wide: no horizontal page scroll and no axe violations', async ({
  newProfile,
}) => {
  const context = await newProfile({ viewport: { width: 320, height: 700 } });
  const page = await context.newPage();
  await openApp(page);
  await finishFirstRun(page, 'coach', 'en');
  await visit(page, '/coach');
  const now = new Date();
  await seedDatabase(page, { ...seedRecords(now), ...seedLocal(now), ...coachRecords(CLIENT) });
  const client = `/coach/clients/${CLIENT}`;
  for (const path of ['/coach', client, `${client}/notes`, `${client}/send`, `${client}/report`]) {
    await visit(page, path);
    await page
      .locator('.coach-card, .coach-part, .note-item, .coach-section, .report-section')
      .first()
      .waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, `${path} at 320 px`);
  }
});

// Issue 19 point 1, the coach's side of the diary reminder, end to end and offline: the coach
// suggests a reminder with an assignment (the days and times checked beside the fields), it
// goes in the bundle back, and the client sees it with the assignment in the workbook and
// takes it over into Settings with one tap; it never sets itself. English and Dutch.
import { describe, expect } from 'vitest';
import { sidewaysOverflow } from '../lock/lock-page';
import { expectNoAxeViolations, go, patchSettings, storedSettings } from '../support/app';
import { test } from '../support/fixtures';
import {
  clientDevice,
  coachAndClient,
  importPreviewed,
  makeReturn,
  previewReturn,
  RETURN_PASS,
} from './return-flow';
import { CLIENT } from './seed';

const ASSIGNMENT = 'Schrijf na elk werkoverleg';

describe('a diary reminder suggested by the coach', () => {
  test('is suggested with an assignment, sent back, and taken over by the client', async ({
    newProfile,
  }) => {
    const { coachContext, clientContext, foreign, coach } = await coachAndClient(newProfile);

    await go(coach, `/coach/clients/${CLIENT}/assignments`);
    await coach.locator('#assignment-title').fill(ASSIGNMENT);
    await coach.getByLabel('Suggest when to write', { exact: false }).check();
    const suggestion = coach.getByRole('group', { name: 'Suggest a diary reminder' });
    // No day left: refused beside the days, nothing saved.
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
      await suggestion.getByLabel(day).uncheck();
    }
    await coach.getByRole('button', { name: 'Add assignment' }).click();
    await suggestion.getByText('Choose at least one day.').waitFor();
    // At the phone's 360 px, the suggestion's days and times open: nothing to scroll sideways.
    expect(await sidewaysOverflow(coach)).toBe(0);
    expect(await coach.getByText('Assignment saved.').count()).toBe(0);
    await suggestion.getByLabel('Monday').check();
    await suggestion.getByLabel('Thursday').check();
    await suggestion.getByLabel('Time 1').fill('19:45');
    await coach.getByRole('button', { name: 'Add assignment' }).click();
    await coach.getByText('Assignment saved.').waitFor();
    await coach.getByText('Suggested reminder: Monday and Thursday at 19:45').waitFor();
    await expectNoAxeViolations(coach, 'assignment with a suggested reminder (en light)');

    await go(coach, `/coach/clients/${CLIENT}/send`);
    const returnBundle = await makeReturn(coach, RETURN_PASS);

    const client = await clientDevice(coachContext, clientContext, CLIENT);
    await previewReturn(client, returnBundle, RETURN_PASS);
    await importPreviewed(client);
    // The client reads in Dutch, in the dark.
    await patchSettings(client, { language: 'nl', theme: 'dark' });
    await client.reload();
    await client.locator('#main-nav').waitFor({ state: 'attached' });
    // Imported, but not set: the client chooses.
    expect((await storedSettings(client)).reminder ?? null).toBeNull();

    await go(client, '/coach/workbook');
    const item = client.locator('.record-item', { hasText: ASSIGNMENT });
    await item
      .getByText('Je coach stelt een dagboekherinnering voor: maandag en donderdag om 19:45.')
      .waitFor();
    await expectNoAxeViolations(client, 'workbook with a suggested reminder (nl dark)');
    expect(await sidewaysOverflow(client)).toBe(0);
    await item.getByRole('button', { name: 'Deze herinnering gebruiken' }).click();
    await item.getByText('Dit is nu je dagboekherinnering.', { exact: false }).waitFor();
    await expect
      .poll(async () => (await storedSettings(client)).reminder)
      .toEqual({ days: [1, 4], times: ['19:45'] });
    expect(await item.getByRole('button', { name: 'Deze herinnering gebruiken' }).count()).toBe(0);

    // Settings show it as the client's own reminder, to change or put in a calendar.
    await item.getByRole('link', { name: 'Herinnering in Instellingen' }).click();
    const section = client.getByRole('region', { name: 'Dagboekherinnering' });
    await section.getByRole('heading', { name: 'Hoe de herinnering je bereikt' }).waitFor();
    expect(await section.getByLabel('maandag').isChecked()).toBe(true);
    expect(await section.getByLabel('donderdag').isChecked()).toBe(true);
    expect(await section.getByLabel('Tijd 1').inputValue()).toBe('19:45');

    expect(foreign.flat()).toEqual([]);
  });
});

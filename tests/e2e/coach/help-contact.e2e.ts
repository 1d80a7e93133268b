// Issue 15 point 2, the coach's own contact on the client's help page, end to end and offline:
// the coach writes it for one client (an empty save is refused beside the field), it is counted
// in the bundle back, another client's form offers to start from it; the client imports the
// bundle and finds the contact on the help page, as text, in English and Dutch, light and dark.
import { describe, expect } from 'vitest';
import { expectNoAxeViolations, go, patchSettings } from '../support/app';
import { test } from '../support/fixtures';
import {
  clientDevice,
  coachAndClient,
  importPreviewed,
  makeReturn,
  previewReturn,
  RETURN_PASS,
} from './return-flow';
import { CLIENT, OTHER } from './seed';

// A line with markup in it: it must show as text, never as HTML.
const CONTACT = 'Marloes (coach): 06-12345678, werkdagen 9-17 uur.\n<b>Inloop</b>: wijkteam Oost.';

describe("the coach's contact on the help page", () => {
  test('is written by the coach, sent back and shown on the client’s help page', async ({
    newProfile,
  }) => {
    const { coachContext, clientContext, foreign, coach } = await coachAndClient(newProfile);

    await go(coach, `/coach/clients/${CLIENT}/send`);
    const section = coach.getByRole('region', { name: 'Bundle back to the client' });
    const form = section.getByRole('form', { name: "Your contact on the client's help page" });
    await form.waitFor();
    await expect
      .poll(() => section.textContent())
      .toContain('Your contact for the help page: none yet.');

    // Nothing written: refused beside the field.
    await form.getByRole('button', { name: 'Save contact' }).click();
    await form
      .getByText('Nothing to save yet: write how the client can reach you first.')
      .waitFor();
    expect(await coach.locator('#help-contact').getAttribute('aria-invalid')).toBe('true');
    await coach.locator('#help-contact').fill(CONTACT);
    await form.getByRole('button', { name: 'Save contact' }).click();
    await form.getByText('Saved. It goes with the next bundle to the client.').waitFor();
    await expect
      .poll(() => section.textContent())
      .toContain('Your contact for the help page: included.');
    await expectNoAxeViolations(coach, 'help contact saved (en light)');

    const returnBundle = await makeReturn(coach, RETURN_PASS);

    // Another client: the form offers the text written last, and saves it only when asked.
    await go(coach, `/coach/clients/${OTHER}/send`);
    const other = coach.getByRole('region', { name: 'Bundle back to the client' });
    await other.getByRole('button', { name: 'Start from the text you wrote last' }).click();
    await expect.poll(() => coach.locator('#help-contact').inputValue()).toBe(CONTACT);
    await expect
      .poll(() => other.textContent())
      .toContain('Your contact for the help page: none yet.');

    // The client's device, with the client's profile id, imports the bundle offline.
    const client = await clientDevice(coachContext, clientContext, CLIENT);

    // Before the bundle the help page has no coach's contact.
    await go(client, '/help');
    await client.getByRole('heading', { name: 'Your coach' }).waitFor();
    expect(await client.locator('.help-coach-contact').count()).toBe(0);

    await previewReturn(client, returnBundle, RETURN_PASS);
    expect(await client.getByTestId('preview-table').textContent()).toContain(
      "Your coach's contact for the help page",
    );
    await importPreviewed(client);

    await go(client, '/help');
    await client
      .getByRole('heading', { name: 'How to reach your coach, and help nearby' })
      .waitFor();
    const shown = client.locator('.help-coach-contact');
    // As written, line break included; the markup is text.
    await expect.poll(() => shown.textContent()).toBe(CONTACT);
    expect(await shown.locator('b').count()).toBe(0);
    await expectNoAxeViolations(client, 'help page with the coach contact (en light)');

    await patchSettings(client, { language: 'nl', theme: 'dark' });
    await client.reload();
    await client
      .getByRole('heading', { name: 'Zo bereik je je coach, en hulp in de buurt' })
      .waitFor();
    await expectNoAxeViolations(client, 'help page with the coach contact (nl dark)');

    expect(foreign.flat()).toEqual([]);
  });
});

// A diary form whose sealed bytes were damaged on disk does not hide the diary: the timeline
// shows the other forms and says that one could not be opened, with no axe violation; before,
// the whole timeline showed an error. Opening the damaged form itself says it is damaged.
// Offline, with the lock on.
import { expect } from 'vitest';
import { expectOnTimeline, fillForm, saveForm } from '../diary/diary-page';
import { expectNoAxeViolations } from '../support/app';
import { test } from '../support/fixtures';
import { damageSealedRows, goUnlocked, lockedOfflineClient, navigateInApp } from './lock-page';

test('shows the other diary forms and says one could not be opened', async ({ page, context }) => {
  await lockedOfflineClient(page, context);
  for (const situation of ['Eerste vorm', 'Tweede vorm', 'Derde vorm']) {
    await goUnlocked(page, '/diary/new');
    await fillForm(page, { situation });
    await saveForm(page);
    await expectOnTimeline(page, situation);
  }
  const href = await page
    .locator('.diary-card', { hasText: 'Tweede vorm' })
    .locator('a')
    .first()
    .getAttribute('href');
  const id = href?.split('/').at(-1) ?? '';
  expect((await damageSealedRows(page, 'diaryEntries', id)) === 1).toBe(true);

  await goUnlocked(page, '/diary');
  await page
    .getByText('1 diary form could not be opened: what is stored of it on this device is damaged', {
      exact: false,
    })
    .waitFor();
  await expectOnTimeline(page, 'Eerste vorm');
  await expectOnTimeline(page, 'Derde vorm');
  expect(await page.locator('.diary-card', { hasText: 'Tweede vorm' }).count()).toBe(0);
  await expectNoAxeViolations(page, 'diary with a damaged form');

  // The damaged form itself says what is wrong, not "try again".
  await goUnlocked(page, `/diary/${id}`);
  await page
    .getByText('Something stored on this device is damaged and cannot be opened', { exact: false })
    .waitFor();

  // Home opens too, with the others.
  await navigateInApp(page, '/');
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  await page.getByText('Derde vorm', { exact: false }).first().waitFor();
});

// A diary form whose sealed bytes are damaged on disk no longer fails the whole diary: the
// timeline shows every other form, and a notice says that one record could not be read and is
// kept as it is. Before, the diary showed only an error. Offline, with the lock on.
import { expect } from 'vitest';
import { expectOnTimeline, fillForm, saveForm } from '../diary/diary-page';
import { expectNoAxeViolations } from '../support/app';
import { test } from '../support/fixtures';
import { goUnlocked, lockedOfflineClient, storedRows } from './lock-page';

const DAMAGED = 'Qx7 the form that will be damaged';
const KEPT = 'Qx7 the form that stays readable';

test('leaves a damaged diary form out of the timeline, shows the rest, and says so', async ({
  page,
  context,
}) => {
  await lockedOfflineClient(page, context);
  await goUnlocked(page, '/diary/new');
  await fillForm(page, { situation: DAMAGED });
  await saveForm(page);
  await expectOnTimeline(page, DAMAGED);
  const [first] = await storedRows(page, 'diaryEntries');
  const damagedId = String(first?.id);
  await goUnlocked(page, '/diary/new');
  await fillForm(page, { situation: KEPT });
  await saveForm(page);
  await expectOnTimeline(page, KEPT);

  // One byte of the first form's ciphertext changed, as a damaged disk would leave it.
  const changed = await page.evaluate(
    (id) =>
      new Promise<boolean>((resolve, reject) => {
        const open = indexedDB.open('koers');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('diaryEntries', 'readwrite');
          const store = tx.objectStore('diaryEntries');
          const get = store.get(id);
          let done = false;
          get.onsuccess = () => {
            const row = get.result as { sealed?: { ct: Uint8Array } } | undefined;
            if (!row?.sealed) return;
            row.sealed.ct[0] = (row.sealed.ct[0] ?? 0) ^ 0xff;
            store.put(row);
            done = true;
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve(done);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    damagedId,
  );
  expect(changed).toBe(true);

  await goUnlocked(page, '/diary');
  await expectOnTimeline(page, KEPT);
  await page
    .locator('.toasts')
    .getByText('1 record on this device could not be read: its stored form is damaged.', {
      exact: false,
    })
    .waitFor();
  expect(await page.locator('.diary-card-situation', { hasText: DAMAGED }).count()).toBe(0);
  await expectNoAxeViolations(page, 'diary with a damaged record left out');
  // The damaged row is kept as it is stored.
  expect((await storedRows(page, 'diaryEntries')).map((row) => row.id)).toContain(damagedId);
});

// A clearing of old traces cut short in the settings' own database, after it was deleted and
// before its values were written back (the tab closed): the next start finishes it from the
// rescue copy before it reads the settings, so the device does not look new and nothing is
// lost. The quick copy of the settings in localStorage is gone too here, so the start has only
// the database to go by.
import { describe, expect } from 'vitest';
import { finishFirstRun, go, openApp } from '../support/app';
import { test } from '../support/fixtures';

const NAME = 'Marloes Testhuis';

describe('a clearing of the settings cut short', () => {
  test('is finished at the next start, before the settings are read', async ({ page }) => {
    await openApp(page);
    await finishFirstRun(page, 'client', 'en');
    await go(page, '/settings');
    await page.locator('#display-name').fill(NAME);
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByText('Saved.', { exact: true }).waitFor();

    // The state a closed tab leaves after the deletion: the rescue copy complete, the journal
    // saying so, the settings' database gone.
    await page.evaluate(async () => {
      const request = <T>(r: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      const opened = (open: IDBOpenDBRequest, upgrade?: (db: IDBDatabase) => void) => {
        if (upgrade) open.onupgradeneeded = () => upgrade(open.result);
        return request(open);
      };
      const settings = await opened(indexedDB.open('koers-settings'));
      const store = settings.transaction('settings').objectStore('settings');
      const keys = await request(store.getAllKeys());
      const values = await request(store.getAll());
      settings.close();
      // The rescue database as the app's rebuild makes it (Dexie's version 1 is 10).
      const rescue = await opened(indexedDB.open('koers-settings-rebuild', 10), (db) =>
        db.createObjectStore('copies', { keyPath: 'name' }),
      );
      const rows = keys.map((key, i) => [key, values[i]]);
      await request(
        rescue
          .transaction('copies', 'readwrite')
          .objectStore('copies')
          .put({ name: 'settings', rows }),
      );
      rescue.close();
      localStorage.setItem('koers.rebuild.koers-settings', 'copied');
      await request(indexedDB.deleteDatabase('koers-settings'));
      localStorage.removeItem('koers-settings');
    });

    await openApp(page);
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await page.getByText(NAME, { exact: true }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('koers.rebuild.koers-settings'))).toBe(
      null,
    );
    const names = await page.evaluate(async () =>
      (await indexedDB.databases()).map((info) => info.name),
    );
    expect(names).toContain('koers-settings');
    expect(names).not.toContain('koers-settings-rebuild');
    await go(page, '/settings');
    expect(await page.locator('#display-name').inputValue()).toBe(NAME);
  });
});

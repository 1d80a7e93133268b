// The crypto worker can fail to load or die (out of memory on a phone): the import then says so
// clearly instead of showing progress forever, and the next try runs in a fresh worker.
import { describe, expect } from 'vitest';
import { expectNoAxeViolations, finishFirstRun, openApp } from '../support/app';
import { test } from '../support/fixtures';
import { errorText } from './share-page';

const WORKER = '**/*crypto.worker*';

describe('a failing crypto worker', () => {
  // Without the service worker every app file comes over the network, so a route can serve
  // a broken worker script in place of the real one.
  test.override({ contextOptions: { serviceWorkers: 'block' } });
  test('fails the import with a clear message, and a fresh worker serves the next try', async ({
    context,
  }) => {
    await context.route(WORKER, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/javascript',
        body: 'this is not a worker (',
      }),
    );
    const page = await context.newPage();
    await openApp(page);
    await finishFirstRun(page, 'client', 'en');
    await page.goto(new URL('/share/import', page.url()).href);
    const file = { name: 'any.koers', mimeType: 'application/octet-stream' };
    await page
      .locator('#import-file')
      .setInputFiles({ ...file, buffer: Buffer.from('not a bundle at all') });
    expect(await errorText(page)).toContain('The encryption part of Koers stopped');
    await page.getByText('Nothing on this device has changed.').waitFor();
    await expectNoAxeViolations(page, 'import after a failed worker');

    // The real worker again: the same screen, without a reload, now reads the file.
    await context.unroute(WORKER);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page
      .locator('#import-file')
      .setInputFiles({ ...file, buffer: Buffer.from('not a bundle at all') });
    await page.getByText('This is not a Koers file.').waitFor();
  });
});

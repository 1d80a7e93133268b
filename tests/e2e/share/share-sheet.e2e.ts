// The operating system's ways in and out: the Web Share API where it takes files (stubbed:
// headless Chromium has no share sheet), the share target (a real POST through the service
// worker, offline) and the file handler's launch queue (stubbed as the OS would fill it).
// Each received file reaches the import screen and imports after confirmation.
import type { BrowserContext } from 'playwright-core';
import { describe, expect } from 'vitest';
import { test } from '../support/fixtures';
import {
  CRAFT_PASSPHRASE,
  craft,
  craftJson,
  fastPassphrase,
  go,
  importCrafted,
  loadExampleData,
  startOffline,
} from './share-page';

/** A share sheet that takes files and records what it was given. */
async function stubShareSheet(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const record = window as unknown as { sharedFiles?: { name: string; head: string }[] };
    Object.defineProperty(navigator, 'canShare', {
      configurable: true,
      value: (data?: ShareData) => (data?.files?.length ?? 0) > 0,
    });
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (data: ShareData) => {
        record.sharedFiles = await Promise.all(
          (data.files ?? []).map(async (file) => ({
            name: file.name,
            head: new TextDecoder().decode((await file.arrayBuffer()).slice(0, 21)),
          })),
        );
      },
    });
  });
}

describe('share sheet, share target and file handler', () => {
  test('hands the made file to the share sheet where it takes files', async ({ context }) => {
    await stubShareSheet(context);
    const page = await startOffline(context);
    await loadExampleData(page);
    await go(page, '/share/export');
    await page.getByLabel('Include the example data').check();
    await page.getByRole('button', { name: 'Make the file' }).click();
    await page.getByTestId('export-result').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await page.getByText('Shared.').waitFor();
    const files = await page.evaluate(
      () => (window as unknown as { sharedFiles?: unknown }).sharedFiles,
    );
    expect(files).toEqual([
      { name: expect.stringMatching(/\.koers$/), head: 'age-encryption.org/v1' },
    ]);
  });

  test('opens a file and armored text shared to Koers through the share target, offline', async ({
    context,
  }) => {
    const page = await startOffline(context);
    const file = await craft(craftJson());
    // What the OS does: navigate with a POST of the file to the share target; the service
    // worker parks it and redirects to the import screen with its inbox id.
    await page.evaluate(
      (data) => {
        const form = document.createElement('form');
        form.method = 'post';
        form.enctype = 'multipart/form-data';
        form.action = '/share-target';
        const input = document.createElement('input');
        input.type = 'file';
        input.name = 'bundle';
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(data)], 'Crafted.koers'));
        input.files = transfer.files;
        form.append(input);
        document.body.append(form);
        form.submit();
      },
      [...file],
    );
    await page.waitForURL(/\/share\/import\?inbox=[0-9a-f-]{36}$/);
    await importCrafted(page);
    // The parked file is gone once taken.
    const left = await page.evaluate(async () => (await caches.open('koers-inbox')).keys());
    expect(left).toHaveLength(0);

    // A chat app shares the armored variant as text: it arrives the same way.
    const text = (await craft(craftJson(), fastPassphrase(), true)).toString('utf8');
    await page.evaluate((value) => {
      const form = document.createElement('form');
      form.method = 'post';
      form.enctype = 'multipart/form-data';
      form.action = '/share-target';
      const field = document.createElement('textarea');
      field.name = 'text';
      field.value = value;
      form.append(field);
      document.body.append(form);
      form.submit();
    }, text);
    await page.waitForURL(/\/share\/import\?inbox=[0-9a-f-]{36}$/);
    await page.getByLabel('Passphrase').fill(CRAFT_PASSPHRASE);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await page.getByTestId('preview-table').waitFor({ timeout: 30_000 });
    // Crafted by hand, so unsigned: confirmed as the preview asks.
    await page.getByLabel('I know where this file comes from; import it anyway').check();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('import-done').textContent())
      .toMatch(/^0 new, 0 updated, 2 unchanged/);
  });

  test('opens a file the OS launched Koers with (file handler)', async ({ context }) => {
    // The launch queue as the OS fills it: the consumer is called with file handles.
    await context.addInitScript(() => {
      const host = window as unknown as { launchConsumer?: (params: unknown) => void };
      // Shadows Chromium's own (read-only) launchQueue.
      Object.defineProperty(window, 'launchQueue', {
        configurable: true,
        value: {
          setConsumer: (consumer: (params: unknown) => void) => {
            host.launchConsumer = consumer;
          },
        },
      });
    });
    const page = await startOffline(context);
    const file = await craft(craftJson());
    await go(page, '/share/import');
    await page.waitForFunction(() => 'launchConsumer' in window);
    await page.evaluate(
      (data) => {
        const host = window as unknown as { launchConsumer: (params: unknown) => void };
        const handle = { getFile: async () => new File([new Uint8Array(data)], 'Crafted.koers') };
        host.launchConsumer({ files: [handle] });
      },
      [...file],
    );
    await importCrafted(page);
  });
});

// The other ways in: a file dropped on the import screen, and the ASCII-armored variant of an
// export, downloaded as text, copied, and pasted into another device where it imports.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { appUrl } from '../support/app';
import { test } from '../support/fixtures';
import {
  craft,
  craftJson,
  databaseCounts,
  errorText,
  go,
  importCrafted,
  loadExampleData,
  recordTotal,
  startAllOffline,
  startOffline,
} from './share-page';

/**
 * Drags a file with `bytes` over the import screen and drops it on `target` (a test id, or
 * the screen's heading), as a browser would: enter, over, leave and back, drop.
 */
async function dropFile(page: Page, name: string, bytes: Buffer, target = 'drop-zone') {
  const zone = page.getByTestId('drop-zone');
  const where = target === 'heading' ? page.locator('h1') : page.getByTestId(target);
  const dataTransfer = await page.evaluateHandle(
    ({ name, data }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name));
      return transfer;
    },
    { name, data: [...bytes] },
  );
  await where.dispatchEvent('dragenter', { dataTransfer });
  // While a file hovers, the zone shows it takes drops; leaving the window ends that. A browser
  // repeats dragover for as long as the file hovers, and so does this: the screen listens from
  // an effect that runs after its paint, so the first events can come before it does.
  await expect
    .poll(async () => {
      await where.dispatchEvent('dragover', { dataTransfer });
      return zone.getAttribute('class');
    })
    .toContain('dragging');
  await where.dispatchEvent('dragleave', { dataTransfer });
  await expect.poll(() => zone.getAttribute('class')).not.toContain('dragging');
  await where.dispatchEvent('dragenter', { dataTransfer });
  await where.dispatchEvent('dragover', { dataTransfer });
  await where.dispatchEvent('drop', { dataTransfer });
}

describe('import by drag and drop, and by pasting armored text', () => {
  test('imports a file dropped on the import screen; a text file dropped beside the zone is refused', async ({
    context,
  }) => {
    const page = await startOffline(context);
    const before = await databaseCounts(page);

    await go(page, '/share/import');
    // A drop that misses the zone still lands in the app (the browser would leave it).
    await dropFile(page, 'notes.txt', Buffer.from('a shopping list, not a bundle'), 'heading');
    expect(await errorText(page)).toContain('This is not a Koers file.');
    expect(await databaseCounts(page)).toEqual(before);
    await page.getByRole('button', { name: 'Try again' }).click();

    await dropFile(page, 'crafted.koers', await craft(craftJson()));
    await importCrafted(page);
  });

  test('downloads the armored variant as text, copies it, and the paste imports on another device', async ({
    newProfile,
  }) => {
    const clientContext = await newProfile();
    const otherContext = await newProfile();
    const origin = new URL(appUrl()).origin;
    await clientContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await otherContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const [client, other] = await startAllOffline([clientContext, otherContext]);
    if (!client || !other) throw new Error('two pages expected');
    await loadExampleData(client);

    await go(client, '/share/export');
    const passphrase =
      (await client.getByTestId('generated-passphrase').textContent())?.trim() ?? '';
    await client.getByLabel('Also as text, for chat apps').check();
    await client.getByLabel('Include the example data').check();
    await client.getByRole('button', { name: 'Make the file' }).click();
    await client.getByTestId('export-result').waitFor({ timeout: 60_000 });

    // What goes, as the summary lists it ("Diary forms: 5"; private records stay).
    const summary = await client.getByTestId('export-summary').locator('li').allTextContents();
    const total = summary.reduce((sum, line) => sum + Number(line.split(': ').at(-1)), 0);
    expect(total).toBeGreaterThan(0);

    // The download is the armored text itself, under a .koers name.
    const [file] = await Promise.all([
      client.waitForEvent('download'),
      client.getByRole('button', { name: 'Download', exact: true }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.koers$/);
    const text = readFileSync((await file.path()) ?? '', 'utf8');
    expect(text.startsWith('-----BEGIN AGE ENCRYPTED FILE-----\n')).toBe(true);
    expect(text.trimEnd().endsWith('-----END AGE ENCRYPTED FILE-----')).toBe(true);
    expect(text).toMatch(/^[A-Za-z0-9+/=\n -]+$/);
    // The text box shows the same text, and the copy button puts it on the clipboard.
    expect(await client.getByLabel('The file as text').inputValue()).toBe(text);
    await client.getByRole('button', { name: 'Copy the text' }).click();
    await client.getByText('Copied').first().waitFor();
    expect(await client.evaluate(() => navigator.clipboard.readText())).toBe(text);

    // The other device pastes it (a real paste from the clipboard) and opens it.
    await go(other, '/share/import');
    await other.evaluate((value) => navigator.clipboard.writeText(value), text);
    await other.getByLabel('Or paste the text of a file').focus();
    await other.keyboard.press('Control+V');
    await expect
      .poll(() => other.getByLabel('Or paste the text of a file').inputValue())
      .toBe(text);
    await other.getByRole('button', { name: 'Open the text' }).click();
    await other.getByLabel('Passphrase').fill(passphrase);
    await other.getByRole('button', { name: 'Open', exact: true }).click();
    await other.getByTestId('preview-table').waitFor({ timeout: 60_000 });
    await other.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => other.getByTestId('import-done').textContent())
      .toMatch(new RegExp(`^${total} new, 0 updated, 0 unchanged`));
    expect(recordTotal(await databaseCounts(other))).toBe(total);
  });
});

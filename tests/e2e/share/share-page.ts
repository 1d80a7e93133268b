// Page helpers for the share feature's browser tests: start a profile offline, move between
// screens, download and upload files, count what IndexedDB holds, check where focus is, and
// craft bundles in Node (with the app's own bundle code) for the error cases.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Download, FileChooser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { type EncryptTarget, encryptAge } from '../../../src/bundle/age-crypto';
import { toBase64 } from '../../../src/bundle/base64';
import { type BundleInput, buildPayload, exportBundle } from '../../../src/bundle/bundle';
import { emptyRecords } from '../../../src/bundle/format';
import { gzip } from '../../../src/bundle/gzip';
import { signingKeyOf } from '../../../src/bundle/signing';
import {
  finishFirstRun,
  go,
  goOffline,
  openApp,
  waitForAppDatabase,
  waitForServiceWorker,
} from '../support/app';

/** Opens the app as a new `role` profile in `language` and goes offline once the service worker controls it. */
export async function startOffline(
  context: BrowserContext,
  role: 'client' | 'coach' = 'client',
  language: 'en' | 'nl' = 'en',
): Promise<Page> {
  const page = await context.newPage();
  await openApp(page);
  await finishFirstRun(page, role, language);
  await waitForServiceWorker(page);
  await goOffline(context);
  return page;
}

/**
 * Opens the app in each context (the server is needed for that), then takes them all offline:
 * one profile per device, for tests where two devices exchange files.
 */
export async function startAllOffline(
  contexts: readonly BrowserContext[],
  role: 'client' | 'coach' = 'client',
): Promise<Page[]> {
  const pages: Page[] = [];
  for (const context of contexts) {
    const page = await context.newPage();
    await openApp(page);
    await finishFirstRun(page, role);
    await waitForServiceWorker(page);
    pages.push(page);
  }
  for (const context of contexts) await goOffline(context);
  return pages;
}

/** Loads a path of the app (the suite's helper, for the share tests' imports). */
export { go };

/** Loads the example data from the home screen and waits until it is stored. */
export async function loadExampleData(page: Page): Promise<void> {
  await go(page, '/');
  await page.getByRole('button', { name: 'Load example data' }).click();
  await expect
    .poll(() => page.getByRole('button', { name: 'Remove example data' }).count())
    .toBe(1);
}

/** Waits for the download `start` begins and returns its bytes. */
export async function downloadOf(page: Page, start: () => Promise<unknown>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), start()]);
  return readFileSync((await file.path()) ?? '');
}

/** Clicks the button `name` and returns the bytes of the download it starts. */
export function download(page: Page, name: string): Promise<Buffer> {
  return downloadOf(page, () => page.getByRole('button', { name, exact: true }).click());
}

/** Opens a file through the picker of the import screen. */
export async function upload(page: Page, name: string, buffer: Buffer | Uint8Array) {
  await go(page, '/share/import');
  await page
    .locator('#import-file')
    .setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(buffer) });
}

/**
 * Intercepts every file chooser of `page` from now on and hands them out in order. Playwright
 * turns interception on without waiting for the browser, so a `waitForEvent('filechooser')`
 * started together with a key press can lose the race and see no chooser at all; listening
 * from the start of the test keeps interception on before any key is pressed.
 */
export function fileChoosers(page: Page): { next(): Promise<FileChooser> } {
  const waiting: ((chooser: FileChooser) => void)[] = [];
  const arrived: FileChooser[] = [];
  page.on('filechooser', (chooser) => {
    const take = waiting.shift();
    if (take) take(chooser);
    else arrived.push(chooser);
  });
  return {
    next: () => {
      const ready = arrived.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('No file chooser opened in 30 s')), 30_000);
        waiting.push((chooser) => {
          clearTimeout(timer);
          resolve(chooser);
        });
      });
    },
  };
}

/** The text of the import screen's error panel, once it is shown. */
export async function errorText(page: Page): Promise<string> {
  const panel = page.getByTestId('share-error');
  await panel.waitFor({ timeout: 30_000 });
  return (await panel.textContent()) ?? '';
}

/**
 * Counts the rows of every table of the app's database (drafts aside, which autosave): the
 * records, the coach's client list and the import log. Equal counts before and after a failed
 * import, plus equal contents where it matters, show it wrote nothing.
 */
export async function databaseCounts(page: Page): Promise<Record<string, number>> {
  await waitForAppDatabase(page);
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('koers');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = [...db.objectStoreNames].filter((name) => name !== 'drafts');
    const counts: Record<string, number> = {};
    const tx = db.transaction(names, 'readonly');
    await Promise.all(
      names.map(
        (name) =>
          new Promise<void>((resolve, reject) => {
            const request = tx.objectStore(name).count();
            request.onsuccess = () => {
              counts[name] = request.result;
              resolve();
            };
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    db.close();
    return counts;
  });
}

/** Every record of one table, in key order (to compare contents before and after). */
export async function tableRows(page: Page, table: string): Promise<unknown[]> {
  await waitForAppDatabase(page);
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('koers');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(name, 'readonly').objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows;
  }, table);
}

/** The sum of all record counts (every table but the client list, import log and pinned keys). */
export function recordTotal(counts: Record<string, number>): number {
  return Object.entries(counts)
    .filter(([name]) => name !== 'clients' && name !== 'importLog' && name !== 'senderKeys')
    .reduce((sum, [, n]) => sum + n, 0);
}

export { tabTo } from '../support/keyboard';

/** What has focus: tag, id and text, and whether a focus ring (an outline of 2 px or more) is drawn. */
export function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : undefined;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      text: (el?.textContent ?? '').trim().slice(0, 200),
      visible:
        el !== null &&
        el !== document.body &&
        style?.outlineStyle !== 'none' &&
        Number.parseFloat(style?.outlineWidth ?? '0') >= 2,
    };
  });
}

/** A sender profile for crafted bundles. */
export const CRAFT_SENDER = '3c1e2d4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
/** The passphrase of crafted bundles. */
export const CRAFT_PASSPHRASE = 'crafted in node for the browser tests';
/** The situation of the crafted bundle's diary entry. */
export const CRAFT_SITUATION = 'Crafted: the team meeting where I said yes too quickly';

/** A low scrypt cost (the reader accepts any factor up to 20) keeps crafted files fast. */
export const fastPassphrase = (passphrase = CRAFT_PASSPHRASE): EncryptTarget => ({
  type: 'passphrase',
  passphrase,
  testOnlyInsecureWorkFactor: 10,
});

/** A signing key for crafted files, from a one-byte seed pattern (tests only: it is public). */
export function craftSigner(n: number) {
  return signingKeyOf(toBase64(new Uint8Array(32).fill(n)));
}

/** The public key of CRAFT_SENDER's signing key (craftSigner(11)), named in crafted manifests. */
export const CRAFT_SIGNING_KEY = 'Zr5+Myx6RTMyvZ0Kf32wVfXF7xoGraZtmLOftoEMRzo=';

/** A valid bundle input: a client export with two diary entries of CRAFT_SENDER. */
export function craftInput(kind: BundleInput['kind'] = 'client-export'): BundleInput {
  const records = emptyRecords();
  const at = '2026-11-20T09:30:00.000Z';
  records.diaryEntries = [1, 2].map((n) => ({
    id: `7d0c1e2f-3a4b-4c5d-8e6f-00000000000${n}`,
    ownerId: CRAFT_SENDER,
    createdAt: at,
    updatedAt: at,
    rev: 1,
    occurredAt: at,
    situation: n === 1 ? CRAFT_SITUATION : 'Crafted: lunch with a colleague',
    feelingIntensity: 4 + n,
  }));
  return {
    appVersion: '0.0.0-e2e',
    schemaVersion: 2,
    kind,
    sender: {
      profileId: CRAFT_SENDER,
      displayName: 'Crafted Client',
      signingKey: CRAFT_SIGNING_KEY,
    },
    scope: { sections: ['diaryEntries'] },
    records,
    createdAt: at,
  };
}

/** The JSON of a valid crafted payload, to be tampered with. */
export function craftJson(): {
  manifest: Record<string, unknown>;
  records: Record<string, unknown[]>;
} {
  return JSON.parse(JSON.stringify(buildPayload(craftInput())));
}

/** Gzips any JSON value and encrypts it as an age file: none of the app's write checks apply. */
export async function craft(
  value: unknown,
  target: EncryptTarget = fastPassphrase(),
  armor = false,
): Promise<Buffer> {
  const plaintext = await gzip(new TextEncoder().encode(JSON.stringify(value)));
  return Buffer.from(await encryptAge(plaintext, target, { armor }));
}

/** A file made and signed as the app makes it (signed by `signer`, CRAFT_SENDER's key by default). */
export async function craftSigned(
  input: BundleInput = craftInput(),
  signer?: { secretKey: string; publicKey: string },
): Promise<Buffer> {
  const key = signer ?? (await craftSigner(11));
  const { signingKey: _named, ...sender } = input.sender;
  return Buffer.from(await exportBundle({ ...input, sender }, fastPassphrase(), key));
}

/**
 * Rewrites the scrypt work factor in a binary age header (`-> scrypt <salt> <factor>`). The
 * header MAC no longer matches, but the reader must refuse the factor before it runs scrypt.
 */
export function withWorkFactor(file: Buffer, factor: number): Buffer {
  const text = file.toString('latin1');
  const changed = text.replace(/^(-> scrypt \S+ )\d+$/m, `$1${factor}`);
  if (changed === text) throw new Error('no scrypt stanza found');
  return Buffer.from(changed, 'latin1');
}

/** Confirms the passphrase and the preview of a crafted file, and checks what arrived. */
export async function importCrafted(page: Page): Promise<void> {
  await page.getByLabel('Passphrase').fill(CRAFT_PASSPHRASE);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByTestId('preview-table').waitFor({ timeout: 30_000 });
  // Crafted by hand, so unsigned: the preview says so, and Import waits for the confirmation.
  await expect
    .poll(() => page.getByTestId('preview-signature').textContent())
    .toContain('Not signed');
  expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
  await page.getByLabel('I know where this file comes from; import it anyway').check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect
    .poll(() => page.getByTestId('import-done').textContent())
    .toMatch(/^2 new, 0 updated, 0 unchanged/);
  const rows = (await tableRows(page, 'diaryEntries')) as { situation: string }[];
  expect(rows.map((r) => r.situation)).toContain(CRAFT_SITUATION);
}

/**
 * On the export screen: protects the file with `passphrase` as the user's own, makes it and
 * downloads it.
 */
export async function makeWithOwnPassphrase(page: Page, passphrase: string): Promise<Download> {
  const make = page.getByRole('button', { name: 'Make the file' });
  await page.getByLabel('With a passphrase').check();
  await page.getByLabel('My own passphrase').check();
  // The passphrase part reports its choice to the screen in an effect: "Make the file" is
  // off until the own passphrase is typed twice. Wait for it to go off, or a quick click
  // could still use the generated passphrase the own one replaces.
  await expect.poll(() => make.isDisabled()).toBe(true);
  await page.getByLabel('Your passphrase').fill(passphrase);
  await page.getByLabel('Type it again').fill(passphrase);
  await make.click();
  await page.getByTestId('export-result').waitFor({ timeout: 60_000 });
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download', exact: true }).click(),
  ]);
  return file;
}

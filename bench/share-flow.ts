// The share screens as the bundle timings drive them (src/features/share): the export screen
// opened from /share, the file made to the coach's key, and the made file downloaded, which
// is the bundle the import timing gives the coach.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { appears } from './app-page';
import { type SeededClient, seededClient } from './feature';
import { timeUntil } from './in-page';
import type { BenchContext } from './metric';

/** The export screen (src/features/share/ExportScreen.tsx) and its result. */
export const EXPORT = {
  link: 'main a[href="/share/export"]',
  make: 'button.primary.large',
  makeEnabled: 'button.primary.large:enabled',
  toCoach: 'input[name="protection"][value="key"]',
  result: '[data-testid="export-result"]',
  download: '[data-testid="export-result"] button:not(.primary)',
} as const;

/** Opens /share and goes to the export screen; ms from the click until Make is enabled. */
export async function openExport(page: Page, appUrl: string): Promise<number> {
  await page.goto(new URL('/share', appUrl).href);
  await page.locator(EXPORT.link).first().waitFor();
  return timeUntil(
    page,
    { kind: 'click', selector: EXPORT.link },
    { selector: EXPORT.makeEnabled },
    60_000,
  );
}

/** Why the export cannot be measured on this page, or null when it can. */
export async function exportUnavailable(page: Page): Promise<string | null> {
  if (!(await appears(page, EXPORT.make, 3_000))) {
    return 'export (issue 6) not on this build: /share/export has no Make button';
  }
  if (!(await page.locator(EXPORT.toCoach).isChecked())) {
    return 'the export screen did not offer the coach key although a coach code is stored';
  }
  return null;
}

/** Clicks Make (everything, to the coach's key); ms until the made file is offered. */
export function makeExport(page: Page): Promise<number> {
  return timeUntil(
    page,
    { kind: 'click', selector: EXPORT.makeEnabled },
    { selector: EXPORT.result },
    120_000,
  );
}

async function exportToFile(ctx: BenchContext, client: SeededClient): Promise<Uint8Array> {
  const { page } = client;
  await openExport(page, ctx.appUrl);
  const reason = await exportUnavailable(page);
  if (reason) throw new Error(reason);
  await makeExport(page);
  const download = page.waitForEvent('download', { timeout: 30_000 });
  await page.locator(EXPORT.download).click();
  const path = await (await download).path();
  return new Uint8Array(await readFile(path));
}

let bundle: Promise<Uint8Array> | undefined;

/** The seeded client's data exported to the coach's key through the app, made once a run. */
export async function clientBundle(
  ctx: BenchContext,
): Promise<{ bytes: Uint8Array; client: SeededClient }> {
  const client = await seededClient(ctx);
  bundle ??= exportToFile(ctx, client);
  return { bytes: await bundle, client };
}

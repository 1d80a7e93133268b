// import_ms, its floor and import_ratio (issue 6 targets). The app figure: the client's
// bundle (the dataset, exported through the app to the coach's key) imported on the coach's
// device through /share/import, into an emptied database. The app commits only after a
// preview, so a run is: the file chosen (setInputFiles on the picker) → the preview shown
// (`import_preview_ms`), then at once the click on Import → "done" shown
// (`import_commit_ms`). `import_ms` is their sum: the whole user path minus the user's own
// reading time at the preview. `import_whole_ms` is the wall time from choosing the file to
// done, with the benchmark's click in between (a few ms of automation instead of reading).
// The floor: decrypt, gunzip, JSON.parse and one bulkPut per table in one transaction.
import type { Page } from 'playwright-core';
import { startApp } from '../app-page';
import { newPhoneContext } from '../browser';
import { floorOnce, openFloorPage } from '../floor-page';
import { armWatch, finishWatch, timeUntil } from '../in-page';
import { coachIdentityOf, storeCoachIdentity } from '../keys';
import type { RatioMetric, TimingMetric } from '../metric';
import { storeLayout } from '../seed';
import { clientBundle } from '../share-flow';

/** The import screen (src/features/share/ImportScreen.tsx). */
const IMPORT = {
  file: '#import-file',
  preview: '#preview-title',
  confirm: 'section.share .inline-actions button.primary',
  done: '[data-testid="import-done"]',
} as const;

/** Empties every store of the app's database (untimed), as the floor does. */
function emptyDatabase(page: Page): Promise<void> {
  const stores = storeLayout()
    .map((store) => store.name)
    .filter((name) => name !== 'drafts');
  return page.evaluate(
    (stores) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('koers');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const present = stores.filter((name) => db.objectStoreNames.contains(name));
          if (present.length === 0) {
            db.close();
            resolve();
            return;
          }
          const tx = db.transaction(present, 'readwrite');
          for (const name of present) tx.objectStore(name).clear();
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    stores,
  );
}

/** The app's import, ms. */
export const importApp: TimingMetric = {
  name: 'import_ms',
  unit: 'ms',
  target: { direction: 'max', value: 2000 },
  kind: 'timing',
  extras: [
    { name: 'import_preview_ms', unit: 'ms' },
    { name: 'import_commit_ms', unit: 'ms' },
    { name: 'import_whole_ms', unit: 'ms' },
  ],
  open: async (ctx) => {
    let bundle: Awaited<ReturnType<typeof clientBundle>>;
    try {
      bundle = await clientBundle(ctx);
    } catch (error) {
      return {
        value: null,
        reason: `no bundle to import: the export failed (${(error as Error).message})`,
      };
    }
    const context = await newPhoneContext(ctx.browser);
    try {
      const page = await startApp(context, ctx.appUrl, 'coach');
      await storeCoachIdentity(
        page,
        coachIdentityOf(bundle.client.coach, new Date().toISOString()),
      );
      const file = {
        name: 'koers-bench.koers',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(bundle.bytes),
      };
      ctx.log(`  bundle: ${(bundle.bytes.length / 1000).toFixed(0)} KB`);
      const ready = async () => {
        await emptyDatabase(page);
        // A fresh screen (nothing of the previous import in memory), opened from /share.
        await page.goto(new URL('/share', ctx.appUrl).href);
        await page.locator('main a[href="/share/import"]').click();
        await page.locator(IMPORT.file).waitFor({ state: 'attached' });
      };
      await ready();
      return {
        run: async () => {
          await ready();
          await armWatch(page, { selector: IMPORT.preview }, 120_000);
          await page.locator(IMPORT.file).setInputFiles(file);
          const preview = await finishWatch(page);
          const commit = await timeUntil(
            page,
            { kind: 'click', selector: IMPORT.confirm },
            { selector: IMPORT.done },
            120_000,
          );
          const whole = await page.evaluate(() => {
            const pending = (window as { __koersBench?: { pending?: { start: number } } })
              .__koersBench?.pending;
            return pending ? performance.now() - pending.start : Number.NaN;
          });
          return {
            value: preview + commit,
            extras: {
              import_preview_ms: preview,
              import_commit_ms: commit,
              import_whole_ms: whole,
            },
          };
        },
        close: () => context.close(),
      };
    } catch (error) {
      await context.close();
      throw error;
    }
  },
};

/** The import floor, ms (reference). */
export const importFloor: TimingMetric = {
  name: 'import_floor_ms',
  unit: 'ms',
  kind: 'timing',
  reference: true,
  open: async (ctx) => {
    const floor = await openFloorPage(ctx);
    // The import floor reads the export floor's blob: make it once, untimed.
    await floorOnce(floor, 'exportOnce');
    return { run: () => floorOnce(floor, 'importOnce'), close: () => floor.context.close() };
  },
};

/** Import against its floor. */
export const importRatio: RatioMetric = {
  name: 'import_ratio',
  unit: 'ratio',
  target: { direction: 'max', value: 1.5 },
  kind: 'ratio',
  numerator: 'import_ms',
  denominator: 'import_floor_ms',
};

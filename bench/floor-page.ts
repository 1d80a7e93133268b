// Opens the bench-only floor page (bench/pages/floor.ts) and prepares its dataset.
import type { BrowserContext, Page } from 'playwright-core';
import { newPhoneContext } from './browser';
import type { BenchContext } from './metric';

/** The floor page, ready: its API is window.koersFloor. */
export interface FloorPage {
  context: BrowserContext;
  page: Page;
  log: (line: string) => void;
}

/** Opens floor.html and generates the dataset in the page (quick: the small one). */
export async function openFloorPage(ctx: BenchContext): Promise<FloorPage> {
  const context = await newPhoneContext(ctx.browser);
  const page = await context.newPage();
  await page.goto(new URL('/floor.html', ctx.pagesUrl).href);
  await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
  const counts = await page.evaluate(
    (options) =>
      (
        window as unknown as {
          koersFloor: { prepare: (o: typeof options) => Promise<Record<string, number>> };
        }
      ).koersFloor.prepare(options),
    { seed: ctx.seed, size: ctx.quick ? ('quick' as const) : ('full' as const) },
  );
  ctx.log(`  floor dataset: ${JSON.stringify(counts)}`);
  return { context, page, log: ctx.log };
}

/** Runs one floor operation in the page; returns its ms. */
export function floorOnce(floor: FloorPage, op: 'exportOnce' | 'importOnce'): Promise<number> {
  return floor.page
    .evaluate(
      (op) =>
        (
          window as unknown as {
            koersFloor: Record<string, () => Promise<{ ms: number; phases?: unknown }>>;
          }
        ).koersFloor[op]?.() ?? Promise.reject(new Error(`no ${op}`)),
      op,
    )
    .then((result) => {
      if (result.phases)
        floor.log(
          `  ${op} phases (ms): ${JSON.stringify(result.phases, (_, v) => (typeof v === 'number' ? Math.round(v) : v))}`,
        );
      return result.ms;
    });
}

// The CI gate on the size budgets (shell ≤ 35 KB gzip, first load ≤ 100 KB gzip) for the
// build in dist/: prints both figures and fails only when one is over. Timings are not gated:
// on shared machines they are too noisy.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startAppServer } from '../tests/e2e/support/static-server';
import { chromiumPath, launch } from './browser';
import { outDirs } from './build';
import type { BenchContext, Metric } from './metric';
import { firstLoadJs } from './metrics/first-load-js';
import { shellJs } from './metrics/shell-js';
import { formatTable, meetsTarget } from './report';
import { runPlan } from './runner';

/** The gated figures. */
export const gated: Metric[] = [shellJs, firstLoadJs];

/** Checks dist/ against the budgets; returns the exit code (1 when over budget). */
export async function sizeCheck(): Promise<number> {
  const dist = outDirs.app;
  if (!existsSync(join(dist, '.vite/manifest.json'))) {
    console.error('No production build in dist/: run `npm run build` first.');
    return 2;
  }
  const executable = chromiumPath();
  const server = await startAppServer({ main: dist }, 'main');
  const browser = await launch(executable);
  try {
    const ctx: BenchContext = {
      browser,
      appUrl: `${server.url}/`,
      baselineUrl: '',
      pagesUrl: '',
      setServer: async () => undefined,
      distDir: dist,
      quick: true,
      seed: 1,
      chromiumPath: executable,
      log: () => undefined,
    };
    const results = await runPlan([...gated], ctx, { warmup: 0, runs: 1 });
    console.log(formatTable(results));
    const broken = results.filter((figure) => !figure.summary);
    const over = results.filter((figure) => meetsTarget(figure) === false);
    if (broken.length > 0) {
      console.error(`Could not measure: ${broken.map((figure) => figure.name).join(', ')}`);
      return 2;
    }
    if (over.length > 0) {
      console.error(`Over budget: ${over.map((figure) => figure.name).join(', ')}`);
      return 1;
    }
    console.log('Size budgets met.');
    return 0;
  } finally {
    await browser.close();
    await server.close();
  }
}

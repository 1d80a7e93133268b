// Runs Lighthouse (its CLI, mobile defaults: emulated phone, simulated slow 4G and 4x CPU)
// against the production build on the local server, with Debian's Chromium. Several runs;
// each category's median is the figure. Lighthouse talks to 127.0.0.1 only.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromiumArgs } from './browser';
import { ROOT } from './build';
import type { BenchContext } from './metric';
import { median } from './stats';

const run = promisify(execFile);

/** The categories the benchmark reports, by Lighthouse id. */
export const categories = ['performance', 'accessibility', 'best-practices'] as const;

/** Scores 0-100 per category, one array entry per run. */
export type Scores = Record<(typeof categories)[number], number[]>;

let cached: Promise<Scores> | undefined;

async function once(ctx: BenchContext): Promise<Record<string, number>> {
  const flags = ['--headless=new', ...chromiumArgs].join(' ');
  const { stdout } = await run(
    process.execPath,
    [
      join(ROOT, 'node_modules/lighthouse/cli/index.js'),
      ctx.appUrl,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${categories.join(',')}`,
      `--chrome-flags=${flags}`,
    ],
    { env: { ...process.env, CHROME_PATH: ctx.chromiumPath }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout) as {
    categories: Record<string, { score: number | null }>;
    runtimeError?: { code: string; message: string };
  };
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.message}`);
  const scores: Record<string, number> = {};
  for (const id of categories) {
    const score = report.categories[id]?.score;
    if (typeof score !== 'number') throw new Error(`Lighthouse gave no ${id} score`);
    scores[id] = Math.round(score * 100);
  }
  return scores;
}

/** Lighthouse scores of `runs` runs, computed once per benchmark run. */
export function lighthouseScores(ctx: BenchContext, runs = 3): Promise<Scores> {
  cached ??= (async () => {
    const all: Scores = { performance: [], accessibility: [], 'best-practices': [] };
    for (let i = 0; i < runs; i++) {
      const scores = await once(ctx);
      for (const id of categories) all[id].push(scores[id] as number);
      ctx.log(`  lighthouse run ${i + 1}: ${JSON.stringify(scores)}`);
    }
    return all;
  })();
  return cached;
}

/** The median score of a category. */
export async function lighthouseMedian(
  ctx: BenchContext,
  category: (typeof categories)[number],
): Promise<number> {
  return median((await lighthouseScores(ctx))[category]);
}

// `npm run bench`: builds the app, the baseline and the floor pages, serves each on its own
// local origin, measures every figure in headless Chromium, prints the table and, with
// --json, writes the figures. Exit code 1 when a size budget is missed (sizes do not depend
// on the machine), otherwise 0 unless the benchmark itself breaks: timings on shared machines
// are too noisy for a gate. CI runs the quick variant this way.
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { type BenchOptions, parseArgs, usage } from './args';
import { chromiumPath, launch } from './browser';
import { buildApp, buildBenchPages, outDirs } from './build';
import { COLD_START_RUNS } from './cold-start';
import { closeSeededClient } from './feature';
import type { BenchContext } from './metric';
import { fullPlan, selectSteps } from './plan';
import { formatMarkdown, formatTable, missedSizeBudgets, toJson } from './report';
import { runPlan } from './runner';
import { startServers } from './servers';

/** A line describing this machine, for the table's heading. */
export function machineLine(browserVersion: string): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Chromium ${browserVersion}, Node ${process.versions.node}`;
}

async function bench(options: BenchOptions): Promise<string[]> {
  const started = Date.now();
  const log = (line: string) => console.error(line);
  if (options.build) {
    log('Building the app, the baseline and the floor pages…');
    buildApp();
    buildBenchPages();
  }
  const executable = chromiumPath();
  const servers = await startServers(outDirs);
  const browser = await launch(executable);
  try {
    const ctx: BenchContext = {
      browser,
      appUrl: `${servers.app.url}/`,
      baselineUrl: `${servers.baseline.url}/`,
      pagesUrl: `${servers.pages.url}/`,
      setServer: servers.set,
      distDir: outDirs.app,
      quick: options.quick,
      seed: options.seed,
      chromiumPath: executable,
      log,
    };
    const counts = {
      warmup: 1,
      runs: options.runs ?? (options.quick ? 3 : 7),
      // Runs asked for on the command line are what every figure gets. --quick gives the
      // others 3 but keeps the cold starts' 31: a ratio of two medians of 3 launches swung by
      // more than half a point on identical code, so CI's log could not say whether the
      // cold-start budget holds.
      fixed: options.runs !== undefined,
    };
    const results = await runPlan(selectSteps(fullPlan, options.only), ctx, counts);
    const machine = machineLine(browser.version());
    const heading = `Koers benchmark${options.quick ? ' (quick: small data, no Lighthouse)' : ''}, ${counts.runs} runs (cold start ${counts.fixed ? counts.runs : COLD_START_RUNS}) after ${counts.warmup} warm-up, seed ${options.seed}\n${machine}`;
    console.log(`\n${heading}\n\n${formatTable(results)}\n`);
    if (options.json) {
      writeFileSync(options.json, `${JSON.stringify(toJson(results), null, 2)}\n`);
      log(`Wrote ${options.json}`);
    }
    if (options.markdown) {
      writeFileSync(
        options.markdown,
        `${heading.replace('\n', '\n\n')}\n\n${formatMarkdown(results)}\n`,
      );
      log(`Wrote ${options.markdown}`);
    }
    log(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    return missedSizeBudgets(results);
  } finally {
    await closeSeededClient();
    await browser.close();
    await servers.close();
  }
}

/** Runs the benchmark with command-line arguments; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\nUsage: ${usage}`);
    return 2;
  }
  const missed = await bench(options);
  if (missed.length === 0) return 0;
  console.error(`Over the size budget: ${missed.join(', ')}`);
  return 1;
}

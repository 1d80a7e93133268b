// `npm run bench -- ab <build A> <build B> [--runs N]`: the cold start to home and to the lock
// screen of two builds of the app, one launch of each in turn, so both see the same machine.
// On this machine groups of runs one after the other differ by more than most changes
// (docs/performance.md, "Timings are noisy on this machine"); taking turns launch by launch
// is what tells two builds apart. Build each first (`KOERS_OUT_DIR=dist-a npm run build`).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startAppServer } from '../tests/e2e/support/static-server';
import { chromiumPath } from './browser';
import type { TimingSession } from './metric';
import { openHomeColdStart } from './metrics/cold-start';
import { openLockedColdStart } from './metrics/cold-start-locked';
import { quantile } from './stats';

const USAGE = 'npm run bench -- ab <build folder A> <build folder B> [--runs N]';

interface Session {
  label: string;
  session: TimingSession;
  times: number[];
}

/** Runs the comparison; returns the exit code. */
export async function main(args: string[]): Promise<number> {
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 21;
  const folders = args.filter(
    (arg, index) => !arg.startsWith('--') && (runsAt < 0 || index !== runsAt + 1),
  );
  if (folders.length !== 2 || !Number.isInteger(runs) || runs < 1) {
    console.error(`Usage: ${USAGE}`);
    return 2;
  }
  for (const folder of folders) {
    if (!existsSync(resolve(folder, 'index.html'))) {
      console.error(
        `No build in ${folder}: build it first (KOERS_OUT_DIR=${folder} npm run build).`,
      );
      return 2;
    }
  }
  const executable = chromiumPath();
  const servers = await Promise.all(
    folders.map((folder) => startAppServer({ main: resolve(folder) }, 'main')),
  );
  const sessions: Session[] = [];
  try {
    for (const [index, server] of servers.entries()) {
      const url = `${server.url}/`;
      const ctx = {
        chromiumPath: executable,
        log: () => {},
        setServer: async (_: string, state: 'up' | 'down') => {
          await fetch(`${server.adminUrl}/${state}`);
        },
      };
      const label = folders[index] ?? '';
      const home = await openHomeColdStart(ctx, url);
      sessions.push({ label: `${label}: home`, session: home, times: [] });
      const locked = await openLockedColdStart(ctx, url);
      sessions.push({ label: `${label}: lock screen`, session: locked, times: [] });
    }
    // One warm-up launch each, then the runs in turn.
    for (const entry of sessions) await entry.session.run();
    for (let run = 0; run < runs; run += 1) {
      for (const entry of sessions) {
        const outcome = await entry.session.run();
        entry.times.push(typeof outcome === 'number' ? outcome : outcome.value);
      }
      console.error(`run ${run + 1} of ${runs}`);
    }
    console.log(`\nCold start, ${runs} runs each, in turn (ms):\n`);
    console.log(`${'build: screen'.padEnd(40)}  median     p25     p75`);
    for (const { label, times } of sessions) {
      const [p25, p50, p75] = [0.25, 0.5, 0.75].map((q) => quantile(times, q).toFixed(1));
      console.log(
        `${label.padEnd(40)} ${p50?.padStart(7)} ${p25?.padStart(7)} ${p75?.padStart(7)}`,
      );
    }
    return 0;
  } finally {
    for (const entry of sessions) await entry.session.close();
    await Promise.all(servers.map((server) => server.close()));
  }
}

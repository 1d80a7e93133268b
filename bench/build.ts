// Production builds for the benchmark: the app (into dist/, as `npm run build`), the minimal
// Preact baseline and the bench-only floor pages (into dist-bench/, never into the app).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** The repository root (bench/ is one level below it). */
export const ROOT = resolve(import.meta.dirname, '..');

/** Where each build lands. */
export const outDirs = {
  app: resolve(ROOT, 'dist'),
  baseline: resolve(ROOT, 'dist-bench/baseline'),
  pages: resolve(ROOT, 'dist-bench/pages'),
} as const;

function viteBuild(configFile: string | null, env: Record<string, string> = {}): void {
  const args = ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'];
  if (configFile) args.push('--config', configFile);
  execFileSync(process.execPath, args, {
    cwd: ROOT,
    stdio: 'inherit',
    // A production build whatever the calling environment says.
    env: { ...process.env, NODE_ENV: 'production', ...env },
  });
}

/** Builds the app exactly as `npm run build` does. */
export function buildApp(): void {
  viteBuild(null, { KOERS_OUT_DIR: outDirs.app });
}

/** Builds the baseline page and the floor pages. */
export function buildBenchPages(): void {
  viteBuild('bench/baseline/vite.config.ts');
  viteBuild('bench/pages/vite.config.ts');
}

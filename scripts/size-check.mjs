// `npm run size` (CI): checks the build in dist/ against the size budgets; exit 1 when over.
// Run `npm run build` first. The check itself lives in bench/size-check.ts, loaded through
// Vite's module runner so it shares the benchmark's code without a compile step.
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const { module } = await runnerImport(resolve(import.meta.dirname, '../bench/size-check.ts'), {
  configFile: false,
  logLevel: 'error',
});
process.exitCode = await module.sizeCheck();

// Entry of `npm run bench`: loads the TypeScript benchmark through Vite's module runner, so it
// needs no compile step and no extra dependency.
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const { module } = await runnerImport(resolve(import.meta.dirname, 'main.ts'), {
  configFile: false,
  logLevel: 'error',
});
process.exitCode = await module.main(process.argv.slice(2));

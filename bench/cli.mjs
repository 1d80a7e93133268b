// Entry of `npm run bench`: loads the TypeScript benchmark through Vite's module runner, so it
// needs no compile step and no extra dependency. `npm run bench -- ab …` compares two builds
// (bench/ab.ts).
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const [first, ...rest] = process.argv.slice(2);
const comparing = first === 'ab';
const entry = comparing ? 'ab.ts' : 'main.ts';
const { module } = await runnerImport(resolve(import.meta.dirname, entry), {
  configFile: false,
  logLevel: 'error',
});
process.exitCode = await module.main(comparing ? rest : process.argv.slice(2));

// Builds the app twice (the second build is the "update" for the update test), serves the
// first, and hands the addresses to the tests. Fails loudly when Chromium is missing.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';
import { type AppServer, startAppServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    adminUrl: string;
    chromiumPath: string;
  }
}

function build(outDir: string, buildId: string): string {
  const out = resolve(outDir);
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    // Vitest sets NODE_ENV=test, which would make Vite build in development mode.
    env: { ...process.env, NODE_ENV: 'production', KOERS_OUT_DIR: out, KOERS_BUILD_ID: buildId },
  });
  return out;
}

let server: AppServer | undefined;

/** Vitest global setup for the browser suite. */
export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    throw new Error(
      'No Chromium found for the browser suite. Install it with `apt-get install -y chromium` or set CHROMIUM_PATH.',
    );
  }
  const builds = {
    v1: build('dist-e2e/v1', 'e2e-1'),
    v2: build('dist-e2e/v2', 'e2e-2'),
  };
  server = await startAppServer(builds, 'v1');
  project.provide('appUrl', server.url);
  project.provide('adminUrl', server.adminUrl);
  project.provide('chromiumPath', chromiumPath);
  return async () => {
    await server?.close();
  };
}

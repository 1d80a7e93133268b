// first_load_js_gzip_kb: every script the page fetches when "/" opens after the first run, until
// the network is idle, gzipped. Lazy chunks the home screen needs count; chunks only the
// worker precaches do not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApp } from '../app-page';
import { newPhoneContext } from '../browser';
import { measured, type OnceMetric } from '../metric';
import { gzipSize, KB } from '../sizes';

/** JS of the first load, gzip KB. */
export const firstLoadJs: OnceMetric = {
  name: 'first_load_js_gzip_kb',
  unit: 'KB',
  target: { direction: 'max', value: 100 },
  kind: 'once',
  run: async (ctx) => {
    const context = await newPhoneContext(ctx.browser);
    try {
      const page = await startApp(context, ctx.appUrl);
      const scripts = new Set<string>();
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
      });
      await page.goto(ctx.appUrl, { waitUntil: 'networkidle' });
      await page.locator('h1').first().waitFor();
      if (scripts.size === 0) throw new Error('the first load fetched no scripts');
      const bytes = [...scripts].reduce(
        (sum, path) => sum + gzipSize(readFileSync(join(ctx.distDir, path))),
        0,
      );
      ctx.log(`  first load scripts: ${[...scripts].sort().join(', ')}`);
      return measured(bytes / KB);
    } finally {
      await context.close();
    }
  },
};

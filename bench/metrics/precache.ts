// precache_kb: what the service worker stores on install (the sum of its precache entries,
// uncompressed, as the Cache API keeps them): the app's footprint on the phone.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { measured, type OnceMetric } from '../metric';
import { KB, precacheUrls } from '../sizes';

/** The precache, KB. */
export const precache: OnceMetric = {
  name: 'precache_kb',
  unit: 'KB',
  kind: 'once',
  run: async (ctx) => {
    const urls = precacheUrls(readFileSync(join(ctx.distDir, 'sw.js'), 'utf8'));
    const bytes = urls.reduce((sum, url) => sum + statSync(join(ctx.distDir, url)).size, 0);
    return measured(bytes / KB);
  },
};

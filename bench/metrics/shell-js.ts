// shell_js_gzip_kb: the entry chunk and its static imports, per the Vite manifest, gzipped.
// It is what every start must load before anything renders.
import { measured, type OnceMetric } from '../metric';
import { gzipKb, readManifest, shellFiles } from '../sizes';

/** The shell's JS, gzip KB. */
export const shellJs: OnceMetric = {
  name: 'shell_js_gzip_kb',
  unit: 'KB',
  target: { direction: 'max', value: 35 },
  kind: 'once',
  run: async (ctx) => measured(gzipKb(ctx.distDir, shellFiles(readManifest(ctx.distDir)))),
};

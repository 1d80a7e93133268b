// Builds the cold-start baseline like the app: Preact JSX, es2022, and a precaching worker.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../../dist-bench/baseline', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
  },
  plugins: [
    VitePWA({
      strategies: 'injectManifest',
      srcDir: '.',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html}'],
        rollupFormat: 'iife',
      },
      devOptions: { enabled: false },
    }),
  ],
});

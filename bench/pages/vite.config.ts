// Builds the bench-only pages (the export and import floors) on their own, apart from the app.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../../dist-bench/pages', import.meta.url)),
    emptyOutDir: true,
    rollupOptions: { input: { floor: fileURLToPath(new URL('floor.html', import.meta.url)) } },
  },
});

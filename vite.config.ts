// Build configuration: Preact JSX, the PWA (a typed injectManifest worker and the manifest),
// and the version constant. KOERS_BUILD_ID lets the update test make two distinct builds.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { webManifest } from './src/app/manifest.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const buildId = process.env.KOERS_BUILD_ID;
const appVersion = buildId ? `${pkg.version}+${buildId}` : pkg.version;

/** The strict policy also sent as a header by the preview server (the meta tag covers hosts). */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(appVersion) },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    target: 'es2022',
    manifest: true,
    outDir: process.env.KOERS_OUT_DIR ?? 'dist',
    // No inlined assets: everything stays a file the CSP allows and the worker precaches.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Everything the first screen runs in one file beside the entry: left to itself, the
        // bundler makes a small common file of each module that both the shell and a lazy
        // screen import, and each is one more request through the service worker on a cold
        // start (docs/performance.md, cold start). With the lock on, the first screen is the
        // lock screen, which is in the shell too (src/features/lock/LockScreen.tsx).
        codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] },
      },
    },
  },
  preview: { headers: securityHeaders },
  server: { headers: securityHeaders },
  plugins: [
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false,
      registerType: 'prompt',
      manifest: webManifest,
      includeAssets: ['icons/icon.svg', 'icons/apple-touch-icon-180.png'],
      injectManifest: {
        // .koers: the example client's file, so "Try Koers with the example client" works offline.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,txt,json,koers}'],
        globIgnores: ['**/.vite/**'],
        rollupFormat: 'iife',
      },
      devOptions: { enabled: false },
    }),
  ],
});

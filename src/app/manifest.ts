// The web app manifest, kept in TypeScript so the build test and the build read the same data.
import type { ManifestOptions } from 'vite-plugin-pwa';

/** The manifest written to dist/manifest.webmanifest. */
export const webManifest: Partial<ManifestOptions> = {
  id: '/?app=koers',
  name: 'Koers: werkboek voor loopbaanbegeleiding',
  short_name: 'Koers',
  description:
    'A private, offline workbook for career coaching with the Self-Confrontation Method and Focusing. / Een privé werkboek voor loopbaanbegeleiding, ook offline.',
  lang: 'nl',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  theme_color: '#1d4f5c',
  background_color: '#f7f5f0',
  categories: ['health', 'productivity', 'lifestyle'],
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
    { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
  shortcuts: [
    {
      name: 'Nieuw dagboekformulier / New diary form',
      short_name: 'Dagboek',
      url: '/diary/new',
      icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
    {
      name: 'Nieuwe focussessie / New focusing session',
      short_name: 'Focussen',
      url: '/focusing/new',
      icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
  ],
  // A coach receives a bundle from the share sheet: the worker takes the POST and hands the
  // file to the page (src/sw/share-target.ts).
  share_target: {
    action: '/share-target',
    method: 'POST',
    enctype: 'multipart/form-data',
    params: {
      title: 'title',
      text: 'text',
      files: [
        {
          name: 'bundle',
          accept: ['application/octet-stream', 'application/x-koers', 'text/plain', '.koers'],
        },
      ],
    },
  },
  file_handlers: [
    {
      action: '/share/import',
      accept: { 'application/x-koers': ['.koers'] },
    },
  ],
  launch_handler: { client_mode: ['navigate-existing', 'auto'] },
};

// Reads the production build: the manifest has every field an installable app needs, the
// precache list holds everything the app needs to start offline, and the entry leaves out
// what a returning user's start does not run.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = 'dist-e2e/v1';
const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8'));
const sw = readFileSync(join(dist, 'sw.js'), 'utf8');

describe('web app manifest', () => {
  it('names the app and has a stable id, scope and standalone display', () => {
    expect(manifest.name).toMatch(/Koers/);
    expect(manifest.short_name).toBe('Koers');
    expect(manifest.description.length).toBeGreaterThan(20);
    expect(manifest.id).toBe('/?app=koers');
    expect(manifest.start_url).toBe('/');
    expect(manifest.scope).toBe('/');
    expect(manifest.display).toBe('standalone');
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('has 192 and 512 icons for any purpose and separate maskable ones, all present', () => {
    const icon = (size: string, purpose: string) =>
      manifest.icons.find(
        (item: { sizes: string; purpose: string }) =>
          item.sizes === size && item.purpose === purpose,
      );
    for (const size of ['192x192', '512x512']) {
      for (const purpose of ['any', 'maskable']) {
        const found = icon(size, purpose);
        expect(found, `${size} ${purpose}`).toBeDefined();
        const png = readFileSync(join(dist, found.src));
        // PNG width and height sit at bytes 16-23 of the IHDR chunk.
        expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(size);
      }
    }
    const touch = readFileSync(join(dist, 'icons/apple-touch-icon-180.png'));
    expect(touch.readUInt32BE(16)).toBe(180);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain(
      'rel="apple-touch-icon" href="/icons/apple-touch-icon-180.png"',
    );
  });

  it('has shortcuts, a share target for files, file handlers for .koers and a launch handler', () => {
    expect(manifest.shortcuts.map((item: { url: string }) => item.url)).toEqual([
      '/diary/new',
      '/focusing/new',
    ]);
    expect(manifest.share_target.method).toBe('POST');
    expect(manifest.share_target.enctype).toBe('multipart/form-data');
    expect(manifest.share_target.params.files[0].name).toBe('bundle');
    expect(manifest.file_handlers[0].accept['application/x-koers']).toEqual(['.koers']);
    expect(manifest.launch_handler.client_mode).toBeDefined();
  });
});

describe('precache list', () => {
  const precached = [...sw.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]);

  it('holds the shell, every script and style chunk, the manifest and the icons', () => {
    const assets = readdirSync(join(dist, 'assets'));
    expect(assets.length).toBeGreaterThan(3);
    for (const asset of assets) expect(precached).toContain(`assets/${asset}`);
    for (const file of [
      'index.html',
      'manifest.webmanifest',
      'icons/icon-192.png',
      'icons/icon-512.png',
      'icons/maskable-192.png',
      'icons/maskable-512.png',
      'icons/apple-touch-icon-180.png',
      'icons/icon.svg',
    ]) {
      expect(precached).toContain(file);
    }
  });

  it('serves index.html for navigations (offline fallback)', () => {
    expect(sw).toContain('index.html');
    expect(sw).toMatch(/NavigationRoute|createHandlerBoundToURL/);
  });
});

describe('entry chunk', () => {
  type Chunk = { file: string; src?: string; imports?: string[]; isEntry?: boolean };
  const chunks: Record<string, Chunk> = JSON.parse(
    readFileSync(join(dist, '.vite/manifest.json'), 'utf8'),
  );
  // The entry and every chunk it imports statically: what a start evaluates before it paints.
  const staticClosure = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const next of chunks[key]?.imports ?? []) staticClosure(next, seen);
    return seen;
  };
  const entryKey = Object.keys(chunks).find((key) => chunks[key]?.isEntry) ?? '';
  const entryCode = [...staticClosure(entryKey)]
    .map((key) => readFileSync(join(dist, chunks[key]?.file ?? ''), 'utf8'))
    .join('\n');

  it('leaves out the first run (welcome, about text and their messages)', () => {
    expect(entryKey).toBe('index.html');
    for (const text of ['Welcome to Koers', 'Welkom bij Koers', 'About Koers and your data']) {
      expect(entryCode, text).not.toContain(text);
    }
    // The check reads the right code: the shell's own messages are there.
    expect(entryCode).toContain('Skip to content');
  });

  it('has the first run as a precached chunk of its own', () => {
    const precached = [...sw.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]);
    const firstRun = Object.values(chunks).find((chunk) =>
      chunk.src?.endsWith('src/features/first-run/FirstRun.tsx'),
    );
    expect(firstRun).toBeDefined();
    expect(precached).toContain(firstRun?.file);
  });

  it('has the lock screen in the entry, without the unlock worker, the database or passkeys', () => {
    // With the lock on it is the first screen: in a file of its own it cost one more request
    // through the service worker before it could paint (src/features/lock/LockScreen.tsx).
    // Its heading's id and its words in both languages:
    for (const text of ['lock-title', 'Koers is locked', 'Koers is vergrendeld']) {
      expect(entryCode, text).toContain(text);
    }
    // What loads once it is up: the worker's client (the only code naming the worker's
    // file), Dexie, and the passkey's button with its words.
    for (const text of ['lock.worker', 'Dexie', 'Unlock with a passkey']) {
      expect(entryCode, text).not.toContain(text);
    }
    const lazily = (source: string) =>
      Object.values(chunks).find((chunk) => chunk.src?.endsWith(source))?.file;
    expect(lazily('src/lock/lock-client.ts')).toBeDefined();
    expect(lazily('src/features/lock/PasskeyUnlock.tsx')).toBeDefined();
  });
});

// Size helpers: the shell is the entry and its static imports only; the precache list is read
// from the built worker; gzip sizes are real gzip sizes.
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { storeLayout } from '../../../bench/seed';
import { gzipSize, type ManifestChunk, precacheUrls, shellFiles } from '../../../bench/sizes';

describe('shellFiles', () => {
  const manifest: Record<string, ManifestChunk> = {
    'index.html': {
      file: 'assets/index-a.js',
      isEntry: true,
      imports: ['_preact.js', '_shared.js'],
      dynamicImports: ['src/Home.tsx'],
      css: ['assets/index.css'],
    },
    '_preact.js': { file: 'assets/preact-b.js' },
    '_shared.js': { file: 'assets/shared-c.js', imports: ['_preact.js'] },
    'src/Home.tsx': { file: 'assets/Home-d.js', imports: ['_shared.js'] },
  };

  it('follows static imports once and leaves lazy chunks out', () => {
    expect(shellFiles(manifest)).toEqual([
      'assets/index-a.js',
      'assets/preact-b.js',
      'assets/shared-c.js',
    ]);
  });

  it('needs exactly one entry', () => {
    expect(() => shellFiles({ a: { file: 'a.js' } })).toThrow('expected one entry chunk');
  });
});

describe('precacheUrls', () => {
  it('reads the injected manifest', () => {
    const source =
      'x.precacheAndRoute([{"revision":"abc","url":"index.html"},{"revision":null,"url":"assets/a-1.js"}]);';
    expect(precacheUrls(source)).toEqual(['index.html', 'assets/a-1.js']);
    expect(() => precacheUrls('nothing here')).toThrow();
  });
});

describe('gzipSize', () => {
  it('is the length of a real gzip stream of the input', () => {
    const text = 'koers '.repeat(1000);
    expect(gzipSize(text)).toBe(gzipSync(text, { level: 9 }).length);
    expect(gunzipSync(gzipSync(text, { level: 9 })).toString()).toBe(text);
    expect(gzipSize(text)).toBeLessThan(text.length / 10);
  });
});

describe('storeLayout', () => {
  it('mirrors the Dexie stores of the current schema', () => {
    const diary = storeLayout().find((store) => store.name === 'diaryEntries');
    expect(diary).toEqual({
      name: 'diaryEntries',
      keyPath: 'id',
      indexes: [
        { name: 'ownerId', keyPath: 'ownerId' },
        { name: 'occurredAt', keyPath: 'occurredAt' },
        { name: 'themeId', keyPath: 'themeId' },
        { name: 'updatedAt', keyPath: 'updatedAt' },
        { name: '[ownerId+occurredAt]', keyPath: ['ownerId', 'occurredAt'] },
      ],
    });
    expect(storeLayout().find((store) => store.name === 'drafts')?.keyPath).toBe('key');
  });
});

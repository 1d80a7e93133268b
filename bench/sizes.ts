// Byte counts of the build: gzip sizes as a host serves them, the Vite manifest's static
// import graph, and the service worker's precache list. KB here is 1000 bytes, as Vite prints.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes per KB in every figure (Vite's convention). */
export const KB = 1000;

/** gzip size of some bytes at level 9, as hosts that precompress static files serve them. */
export function gzipSize(bytes: Uint8Array | string): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/** One chunk of `.vite/manifest.json`. */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/** Reads the Vite build manifest of a build folder. */
export function readManifest(distDir: string): Record<string, ManifestChunk> {
  return JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
}

/** The JS files of the entry chunk and everything it imports statically (not lazy chunks). */
export function shellFiles(manifest: Record<string, ManifestChunk>): string[] {
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  if (entries.length !== 1) {
    throw new Error(`expected one entry chunk in the manifest, found ${entries.length}`);
  }
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest has no chunk ${key}`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit((entries[0] as [string, ManifestChunk])[0]);
  return [...files].filter((file) => file.endsWith('.js'));
}

/** Summed gzip size in KB of files of a build folder. */
export function gzipKb(distDir: string, files: readonly string[]): number {
  return files.reduce((sum, file) => sum + gzipSize(readFileSync(join(distDir, file))), 0) / KB;
}

/** The URLs of the precache manifest injected into a built sw.js. */
export function precacheUrls(swSource: string): string[] {
  const urls = [...swSource.matchAll(/\{"revision":(?:null|"[^"]*"),"url":"([^"]+)"\}/g)].map(
    (match) => match[1] as string,
  );
  if (urls.length === 0) throw new Error('no precache manifest found in sw.js');
  return urls;
}

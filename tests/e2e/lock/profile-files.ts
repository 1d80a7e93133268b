// A browser profile on disk, for the lock's promise that content never lies there in plain
// text: the browser launched on it (a phone's size, offline-capable), and the files that hold
// a text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumArgs } from '../support/app';

/**
 * Launches Chromium on the profile in `dir` (kept between launches, as a phone keeps it);
 * `serviceWorkers: 'block'` keeps the worker out, so a route can stand in for an app file.
 */
export function launchOnProfile(
  dir: string,
  options: { serviceWorkers?: 'allow' | 'block' } = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, {
    executablePath: inject('chromiumPath'),
    headless: true,
    args: chromiumArgs,
    serviceWorkers: options.serviceWorkers ?? 'allow',
    locale: 'en-GB',
    viewport: { width: 360, height: 740 },
    timezoneId: 'Europe/Amsterdam',
  });
}

/** The page a launched profile opened with (or a new one). */
export async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage());
}

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat === undefined) return [];
    return stat.isDirectory() ? filesUnder(path) : stat.isFile() ? [path] : [];
  });
}

/** The files of the profile `dir` that hold `text` in UTF-8, UTF-16LE or UTF-16BE. */
export function profileFilesHolding(dir: string, text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  needles.push(Buffer.from(needles[1] as Buffer).swap16());
  return filesUnder(dir).filter((path) => {
    const bytes = readFileSync(path);
    return needles.some((needle) => bytes.includes(needle));
  });
}

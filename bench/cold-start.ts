// Cold start, measured the same way for the app and the baseline. Each run relaunches Chromium
// on a profile where the service worker is installed (nothing of the page or the worker is in
// memory), cuts the network and stops the server, slows the main thread 4x, and opens the page.
//
// The figure: from the navigation's start (performance.timeOrigin) until the first screen is
// interactive, that is, a heading (h1) and the navigation (nav) are in the document (with the
// app lock on: the lock screen's heading and passphrase field), a frame has been rendered
// with them, and the main thread is idle (the first requestIdleCallback after that frame).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchProfile, throttleCpu, waitForServiceWorker } from './browser';
import type { BenchContext, TimingSession } from './metric';

/**
 * Measured runs of a full run: each is a browser launch, and cold starts are the noisiest. With
 * 11, groups of builds that A/B runs could not tell apart read 1.19 to 1.66 for a ratio whose
 * pooled value was 1.40 (docs/performance.md, "Timings are noisy on this machine").
 */
export const COLD_START_RUNS = 31;

/** CPU slowdown of the cold start (the 4x). */
export const CPU_THROTTLING = 4;

/** What makes the first screen interactive: a heading and the navigation. */
export const APP_SCREEN: readonly string[] = ['h1', 'nav'];

/** The lock screen's: its heading and the passphrase field (src/features/lock/LockScreen.tsx). */
export const LOCK_SCREEN: readonly string[] = ['h1#lock-title', '#lock-passphrase'];

/**
 * Installed before any script of the page: resolves when every selector of `ready` is in the
 * document, a frame is rendered and the main thread is idle.
 */
const probe = (ready: readonly string[]) => `
window.__idbOpens = [];
const originalOpen = IDBFactory.prototype.open;
IDBFactory.prototype.open = function (name, version) {
  const request = version === undefined ? originalOpen.call(this, name) : originalOpen.call(this, name, version);
  const entry = { name, asked: performance.now() };
  window.__idbOpens.push(entry);
  request.addEventListener('success', () => { entry.ready = performance.now(); });
  return request;
};
window.__coldStart = new Promise((resolve) => {
  const ready = () => ${JSON.stringify(ready)}.every((selector) => document.querySelector(selector));
  const finish = () => {
    const rendered = performance.now();
    requestAnimationFrame(() =>
      requestIdleCallback(() =>
        resolve({
          ms: performance.now(),
          rendered,
          controlled: navigator.serviceWorker.controller !== null,
        }),
      ),
    );
  };
  if (ready()) return finish();
  const observer = new MutationObserver(() => {
    if (ready()) {
      observer.disconnect();
      finish();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
});`;

/** What a cold start needs of the benchmark's context (bench/ab.ts makes one of its own). */
export type ColdStartContext = Pick<BenchContext, 'chromiumPath' | 'setServer' | 'log'>;

/**
 * Opens a cold-start session for `url`; `prepare` gets the first, online visit ready; the
 * first screen is there when every selector of `ready` is.
 */
export async function openColdStart(
  ctx: ColdStartContext,
  url: string,
  server: 'app' | 'baseline',
  prepare: (page: Page) => Promise<void>,
  ready: readonly string[] = APP_SCREEN,
): Promise<TimingSession> {
  const profile = mkdtempSync(join(tmpdir(), `koers-bench-${server}-`));
  const first = await launchProfile(ctx.chromiumPath, profile);
  try {
    const page = first.pages()[0] ?? (await first.newPage());
    await prepare(page);
    await waitForServiceWorker(page);
  } finally {
    await first.close();
  }
  return {
    run: async () => {
      await ctx.setServer(server, 'down');
      const context = await launchProfile(ctx.chromiumPath, profile);
      try {
        await context.setOffline(true);
        const page = context.pages()[0] ?? (await context.newPage());
        await throttleCpu(page, CPU_THROTTLING);
        await page.addInitScript(probe(ready));
        await page.goto(url, { waitUntil: 'commit' });
        const result = await page.evaluate(
          () =>
            (
              window as unknown as {
                __coldStart: Promise<{ ms: number; rendered: number; controlled: boolean }>;
              }
            ).__coldStart,
        );
        const scripts = await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .filter((entry) => entry.name.endsWith('.js'))
            .map(
              (entry) =>
                `${entry.name.split('/').pop()}@${Math.round((entry as PerformanceResourceTiming).responseEnd)}`,
            ),
        );
        // Where the time goes: scripts as they arrive, and IndexedDB opens (asked → ready).
        const opens = await page.evaluate(() =>
          (
            window as unknown as { __idbOpens: { name: string; asked: number; ready?: number }[] }
          ).__idbOpens.map(
            (open) =>
              `${open.name}@${Math.round(open.asked)}→${open.ready === undefined ? '?' : Math.round(open.ready)}`,
          ),
        );
        ctx.log(
          `  ${server}: heading and nav at ${Math.round(result.rendered)} ms, idle at ${Math.round(result.ms)} ms; scripts ${scripts.join(' ')}; IndexedDB ${opens.join(' ') || 'none'}`,
        );
        if (!result.controlled) throw new Error(`${url} was not served by its service worker`);
        return result.ms;
      } finally {
        await context.close();
        await ctx.setServer(server, 'up');
      }
    },
    close: async () => rmSync(profile, { recursive: true, force: true }),
  };
}

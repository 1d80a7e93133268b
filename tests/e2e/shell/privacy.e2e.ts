// No request ever leaves for another origin, the Content Security Policy is strict and holds
// (no violation during a whole journey), and user text is shown as text, never as HTML.
import { expect } from 'vitest';
import {
  appUrl,
  finishFirstRun,
  openApp,
  waitForServiceWorker,
  watchForeignRequests,
} from '../support/app';
import { test } from '../support/fixtures';
import { securityHeaders } from '../support/static-server';

test('makes no request to another origin and breaks no CSP rule during a journey', async ({
  context,
  page,
}) => {
  const foreign = watchForeignRequests(context);
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  await openApp(page);
  await finishFirstRun(page);
  await waitForServiceWorker(page);
  await page.getByRole('button', { name: 'Load example data' }).click();
  await page.getByRole('button', { name: 'Remove example data' }).waitFor();
  for (const path of ['/diary', '/zkm', '/focusing', '/trajectory', '/share', '/settings']) {
    await page.goto(new URL(path, appUrl()).href);
    await page.locator('h1').first().waitFor();
  }
  await page.getByLabel('Display name').fill('<img src=x onerror=alert(1)>Ruben');
  await page.getByRole('button', { name: 'Save name' }).click();
  // Leave only once the name is stored; navigating earlier would race the write.
  await page.getByText('Saved.').waitFor();
  await page.goto(new URL('/', appUrl()).href);
  // The name is shown literally: no element was made from it.
  await page.getByText('<img src=x onerror=alert(1)>Ruben').waitFor();
  expect(await page.locator('main img').count()).toBe(0);
  await page.reload();
  await page.locator('h1').first().waitFor();
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
});

test('serves the app with a strict Content Security Policy', async () => {
  const response = await fetch(appUrl());
  const html = await response.text();
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  for (const policy of [meta, response.headers.get('content-security-policy') ?? '']) {
    expect(policy).toContain("default-src 'self'");
    // WebAssembly may compile (the app lock's Argon2id); eval and inline scripts may not.
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain("'unsafe-eval'");
  }
  // No inline scripts in the shell, so script-src 'self' is all it needs.
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
});

test('the service worker serves every page with the policy as a header, and it holds', async ({
  context,
  page,
}) => {
  const stored = await (await fetch(appUrl())).text();
  const metaPolicy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(stored)?.[1];
  expect(metaPolicy).toContain("default-src 'self'");
  await openApp(page);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  // "/" was served by the precache's own route before; a deep link by the navigation route.
  for (const path of ['/', '/diary/new']) {
    const response = await page.goto(new URL(path, appUrl()).href);
    expect(response?.fromServiceWorker()).toBe(true);
    // The page's own policy, known before parsing (so the preload scanner works), with what
    // only a header can say; the host's header, where it sends one, stays beside it.
    const header = response?.headers()['content-security-policy'];
    expect(header).toContain(`${metaPolicy}; frame-ancestors 'none'`);
    expect(header).toContain(securityHeaders['Content-Security-Policy']);
    await page.locator('#app > *').first().waitFor();
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(0);
    const inlineRan = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(inlineRan).toBe(false);
  }
  // A file of the app opened in a tab is that file, not the app.
  const manifest = await page.goto(new URL('/manifest.webmanifest', appUrl()).href);
  expect(manifest?.fromServiceWorker()).toBe(true);
  expect(JSON.parse((await manifest?.text()) ?? '{}').short_name).toBe('Koers');
});

import { it } from 'vitest';
import {
  finishFirstRun,
  newContext,
  openApp,
  useBrowser,
  waitForServiceWorker,
} from '../support/app';
const shared = useBrowser();
it('shot', async () => {
  const context = await newContext(shared.browser, { viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await openApp(page);
  await finishFirstRun(page, 'coach', 'en');
  await waitForServiceWorker(page);
  await page.getByRole('button', { name: 'Try Koers with the example client' }).click();
  await page.getByRole('heading', { name: /Ruud/, level: 1 }).waitFor({ timeout: 30_000 });
  await page.getByRole('region', { name: 'Open assignments' }).waitFor();
  await page.screenshot({ path: '/tmp/overview.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: '/tmp/overview-dark.png', fullPage: true });
  await context.close();
}, 60_000);

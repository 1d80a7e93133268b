// coach_dashboard_ms (waits for the coach workspace, issue 7): a coach device holding 50
// clients with a year of data each; from the click on one client in the client list until
// that client's dashboard shows its heading and the main thread is idle.
import { startApp } from '../app-page';
import { newPhoneContext } from '../browser';
import type { TimingMetric } from '../metric';

/** The contract with the coach workspace: links to each client's dashboard. */
const CLIENT_LINK = 'a[href^="/coach/clients/"]';

/** The coach dashboard, ms. */
export const coachDashboard: TimingMetric = {
  name: 'coach_dashboard_ms',
  unit: 'ms',
  target: { direction: 'max', value: 300 },
  kind: 'timing',
  open: async (ctx) => {
    const context = await newPhoneContext(ctx.browser);
    try {
      const page = await startApp(context, ctx.appUrl, 'coach');
      await page.goto(new URL('/coach', ctx.appUrl).href);
      await page.locator('h1').first().waitFor();
      // Where a coach keeps clients is decided by issue 7; until its store exists there is
      // nothing to seed the 50 clients (bench/generate generateCoachData) into.
      const links = await page.locator(CLIENT_LINK).count();
      return {
        value: null,
        reason:
          links === 0
            ? 'coach workspace (issue 7) not on this build: /coach lists no clients and there is no client store to seed'
            : 'coach client list found; seeding its client store still has to be wired (docs/performance.md)',
      };
    } finally {
      await context.close();
    }
  },
};

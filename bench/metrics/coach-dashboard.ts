// coach_dashboard_ms (issues 7 and 13): a coach device holding 200 clients with a year of data each
// (what they shared: no private records), their `clients` rows and first-import log rows as
// src/db/clients.ts registerImport writes them; from the click on one client in the list at
// /coach until that client's overview (/coach/clients/<id>) shows the client's name as its
// heading and the newest diary entry (in "new since the last import"), and the main thread is
// idle. --quick: 10 clients.
import { startApp } from '../app-page';
import { newPhoneContext } from '../browser';
import { registrationRows, sharedOnly } from '../generate/coach-device';
import { coachClientSize, DEFAULT_END, generateCoachData } from '../generate/dataset';
import { timeUntil } from '../in-page';
import type { TimingMetric } from '../metric';
import { seedDatabase } from '../seed';

/** Clients on the coach's device. */
const CLIENTS = 200;
const QUICK_CLIENTS = 10;

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
      const generated = generateCoachData({
        seed: ctx.seed + 7,
        clients: ctx.quick ? QUICK_CLIENTS : CLIENTS,
        size: coachClientSize,
      });
      const records = sharedOnly(generated.records);
      const importedAt = new Date(DEFAULT_END.getTime() + 2 * 3_600_000).toISOString();
      const rows = registrationRows(generated.clientIds, records, {
        importedAt,
        bundleCreatedAt: new Date(DEFAULT_END.getTime() + 3_600_000).toISOString(),
      });
      const started = Date.now();
      const count = await seedDatabase(page, { ...records, ...rows });
      ctx.log(`  seeded ${count} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      // A client in the middle of the list (sorted by name), not the first one.
      const index = Math.floor(generated.clientIds.length / 2);
      const clientId = generated.clientIds[index] as string;
      const name = rows.clients[index]?.displayName as string;
      const newest = records.diaryEntries
        .filter((entry) => entry.ownerId === clientId && entry.deletedAt === undefined)
        .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt))[0];
      if (!newest) throw new Error('the chosen client has no diary entries');
      const link = `main a[href="/coach/clients/${clientId}"]`;
      const list = async () => {
        await page.goto(new URL('/coach', ctx.appUrl).href);
        await page.locator(link).first().waitFor({ timeout: 30_000 });
      };
      try {
        await list();
      } catch {
        return {
          value: null,
          reason: `coach workspace (issue 7) not on this build: /coach does not list ${name}`,
        };
      }
      // The start of its first line: what the diary section shows, whatever the cut.
      const shown = (newest.situation.trim().split('\n')[0] ?? '').slice(0, 30);
      const until = { text: shown, selector: '#client-title', idle: true };
      return {
        run: async () => {
          await list();
          return timeUntil(page, { kind: 'click', selector: link }, until, 30_000);
        },
        close: () => context.close(),
      };
    } catch (error) {
      await context.close();
      throw error;
    }
  },
};

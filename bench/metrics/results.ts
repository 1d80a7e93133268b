// results_ms and results_cpu4x_ms (issue 12 point 5): the self-investigation's results with 40
// valuations (the full dataset's newest investigation, a re-investigation, so the results also
// hold last time's discussion; 20 valuations in --quick), from the tap on "Results" on the
// investigation's page until the first valuation card ([data-result-card]) is rendered and the
// main thread is idle. The second figure is the same with the CPU slowed four times (Chromium's throttling),
// as on a modest phone. The screen is drawn in steps (src/features/zkm/views/result-steps.ts):
// each figure has a reference beside it, `…_all_ms`, until the last step is drawn (the results
// say aria-busy="false") and the main thread is idle.
import { seededClient } from '../feature';
import { timesUntil } from '../in-page';
import type { BenchContext, TimingMetric } from '../metric';

/** The first painted valuation card: a stable selector, whatever the valuation's words. */
const FIRST_CARD = '[data-result-card]';

/** The results once every step is drawn. */
const ALL_DRAWN = '.zkm-results[aria-busy="false"]';

/** The newest investigation and the link to its results. */
async function prepare(ctx: BenchContext) {
  const client = await seededClient(ctx);
  const { page, data } = client;
  const investigation = [...data.investigations]
    .filter((item) => !item.deletedAt)
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
  if (!investigation) throw new Error('no investigation generated');
  const hasValuations = data.valuations.some(
    (item) => item.investigationId === investigation.id && !item.deletedAt,
  );
  if (!hasValuations) throw new Error('the newest investigation has no valuations');
  const link = `main a[href="/zkm/${investigation.id}/results"]`;
  const overview = async () => {
    await page.goto(new URL(`/zkm/${investigation.id}`, ctx.appUrl).href);
    await page.locator(link).first().waitFor({ timeout: 30_000 });
  };
  return { page, link, overview };
}

/** A timing of the results, with the CPU slowed `rate` times during each run. */
function resultsMetric(name: string, allName: string, rate: number, target: number): TimingMetric {
  return {
    name,
    unit: 'ms',
    target: { direction: 'max', value: target },
    kind: 'timing',
    extras: [{ name: allName, unit: 'ms' }],
    open: async (ctx) => {
      const { page, link, overview } = await prepare(ctx);
      try {
        await overview();
      } catch {
        return { value: null, reason: 'the investigation page does not link to its results' };
      }
      const cdp = await page.context().newCDPSession(page);
      const measure = async () => {
        await overview();
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        try {
          const [first, all] = await timesUntil(
            page,
            { kind: 'click', selector: link },
            [
              { selector: FIRST_CARD, idle: true },
              { selector: ALL_DRAWN, idle: true },
            ],
            30_000,
          );
          return { value: first as number, extras: { [allName]: all as number } };
        } finally {
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        }
      };
      return {
        run: measure,
        // The shared client app is closed at the end of the run.
        close: () => cdp.detach(),
      };
    },
  };
}

/** The results of 40 valuations, ms. */
export const results: TimingMetric = resultsMetric('results_ms', 'results_all_ms', 1, 300);

/** The same with the CPU slowed four times, ms. */
export const resultsSlowCpu: TimingMetric = resultsMetric(
  'results_cpu4x_ms',
  'results_cpu4x_all_ms',
  4,
  1000,
);

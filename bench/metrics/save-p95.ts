// save_p95_ms (waits for the diary form, issue 3): with 10,000 entries stored, the time from
// the click on Save to the saved entry's situation shown outside the form (in the timeline or
// the entry view the app goes to). Each run saves 20 entries; its figure is their p95.
import { appears } from '../app-page';
import { seededClient } from '../feature';
import { timeUntilText } from '../in-page';
import type { TimingMetric } from '../metric';
import { quantile } from '../stats';

/** Saves per run. */
const SAVES = 20;
/** The contract with the diary form: the situation field and the form's submit button. */
const FIELD = '[name="situation"]';
const SAVE = 'form:has([name="situation"]) button[type="submit"]';

/** p95 of saving a diary entry, ms. */
export const saveP95: TimingMetric = {
  name: 'save_p95_ms',
  unit: 'ms',
  target: { direction: 'max', value: 50 },
  kind: 'timing',
  open: async (ctx) => {
    const client = await seededClient(ctx);
    await client.page.goto(new URL('/diary/new', ctx.appUrl).href);
    if (!(await appears(client.page, FIELD))) {
      return {
        value: null,
        reason: 'diary form (issue 3) not on this build: /diary/new has no field named "situation"',
      };
    }
    let n = 0;
    return {
      run: async () => {
        const times: number[] = [];
        for (let i = 0; i < SAVES; i++) {
          await client.page.goto(new URL('/diary/new', ctx.appUrl).href);
          await client.page.locator(FIELD).waitFor();
          const text = `Bench save ${ctx.seed}-${n++}: the train was late again and I stayed calm.`;
          await client.page.locator(FIELD).fill(text);
          times.push(await timeUntilText(client.page, { kind: 'click', selector: SAVE }, text));
        }
        return quantile(times, 0.95);
      },
      // The shared client app is closed at the end of the run.
      close: async () => undefined,
    };
  },
};

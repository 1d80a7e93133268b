// The runner with fake figures: warm-up runs are dropped, pairs are interleaved, a failure or
// a missing figure is reported (not 0), ratios come from the medians.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../bench/args';
import type { BenchContext, OnceMetric, RatioMetric, TimingMetric } from '../../../bench/metric';
import { fullPlan, selectSteps } from '../../../bench/plan';
import { JSON_KEYS } from '../../../bench/report';
import { runPlan, runsFor, splitOutcome } from '../../../bench/runner';

const ctx = { log: () => undefined } as unknown as BenchContext;

function timing(name: string, values: number[], order: string[]): TimingMetric {
  let i = 0;
  return {
    name,
    unit: 'ms',
    kind: 'timing',
    open: async () => ({
      run: async () => {
        order.push(name);
        return values[i++] ?? Number.NaN;
      },
      close: async () => undefined,
    }),
  };
}

describe('runPlan', () => {
  it('drops the warm-up, interleaves a pair and divides the medians', async () => {
    const order: string[] = [];
    const app = timing('app_ms', [999, 30, 10, 20], order);
    const floor = timing('floor_ms', [999, 8, 12, 10], order);
    const ratio: RatioMetric = {
      name: 'app_ratio',
      unit: 'ratio',
      kind: 'ratio',
      numerator: 'app_ms',
      denominator: 'floor_ms',
    };
    const results = await runPlan([{ pair: [app, floor] }, ratio], ctx, { warmup: 1, runs: 3 });
    expect(order).toEqual([
      'app_ms',
      'floor_ms',
      'app_ms',
      'floor_ms',
      'app_ms',
      'floor_ms',
      'app_ms',
      'floor_ms',
    ]);
    expect(results[0]?.summary).toEqual({ median: 20, min: 10, max: 30, runs: 3 });
    expect(results[1]?.summary).toEqual({ median: 10, min: 8, max: 12, runs: 3 });
    expect(results[2]?.summary?.median).toBe(2);
  });

  it('reports missing and failing figures with their reason, and a ratio that needs them', async () => {
    const absent: TimingMetric = {
      name: 'absent_ms',
      unit: 'ms',
      kind: 'timing',
      open: async () => ({ value: null, reason: 'feature not built' }),
    };
    const broken: OnceMetric = {
      name: 'broken_kb',
      unit: 'KB',
      kind: 'once',
      run: async () => {
        throw new Error('no manifest\nstack…');
      },
    };
    const ratio: RatioMetric = {
      name: 'absent_ratio',
      unit: 'ratio',
      kind: 'ratio',
      numerator: 'absent_ms',
      denominator: 'other_ms',
    };
    const results = await runPlan([absent, broken, ratio], ctx, { warmup: 1, runs: 2 });
    expect(results.map((r) => [r.name, r.summary, r.reason])).toEqual([
      ['absent_ms', null, 'feature not built'],
      ['broken_kb', null, 'failed: no manifest'],
      ['absent_ratio', null, 'needs absent_ms, which is missing'],
    ]);
  });

  it('stops a timing whose run throws, keeping the others', async () => {
    const flaky: TimingMetric = {
      name: 'flaky_ms',
      unit: 'ms',
      kind: 'timing',
      open: async () => ({
        run: async () => {
          throw new Error('timed out');
        },
        close: async () => undefined,
      }),
    };
    const steady = timing('steady_ms', [1, 2, 3], []);
    const results = await runPlan([{ pair: [flaky, steady] }], ctx, { warmup: 0, runs: 3 });
    expect(results[0]?.reason).toBe('failed: timed out');
    expect(results[1]?.summary?.median).toBe(2);
  });
});

describe('extras', () => {
  it('turns the extra values of the measured runs into reference rows after the figure', async () => {
    const values = [
      { value: 900, extras: { phase_ms: 800 } },
      { value: 30, extras: { phase_ms: 20 } },
      { value: 10, extras: { phase_ms: 6 } },
      { value: 20, extras: { phase_ms: 10 } },
    ];
    let i = 0;
    const whole: TimingMetric = {
      name: 'whole_ms',
      unit: 'ms',
      kind: 'timing',
      extras: [{ name: 'phase_ms', unit: 'ms' }],
      open: async () => ({
        run: async () => values[i++] as (typeof values)[number],
        close: async () => undefined,
      }),
    };
    const results = await runPlan([whole], ctx, { warmup: 1, runs: 3 });
    expect(results.map((r) => [r.name, r.reference, r.summary])).toEqual([
      ['whole_ms', false, { median: 20, min: 10, max: 30, runs: 3 }],
      ['phase_ms', true, { median: 10, min: 6, max: 20, runs: 3 }],
    ]);
  });

  it('reports an extra as missing with its figure, or when no run gave it', async () => {
    const absent: TimingMetric = {
      name: 'absent_ms',
      unit: 'ms',
      kind: 'timing',
      extras: [{ name: 'absent_phase_ms', unit: 'ms' }],
      open: async () => ({ value: null, reason: 'feature not built' }),
    };
    const plain = { ...timing('plain_ms', [5, 6], []), extras: [{ name: 'never_ms', unit: 'ms' }] };
    const results = await runPlan([absent, plain as TimingMetric], ctx, { warmup: 0, runs: 2 });
    expect(results.map((r) => [r.name, r.summary?.median ?? null, r.reason])).toEqual([
      ['absent_ms', null, 'feature not built'],
      ['absent_phase_ms', null, 'feature not built'],
      ['plain_ms', 5.5, undefined],
      ['never_ms', null, 'not measured in any run'],
    ]);
  });

  it('reads a plain number as a figure without extras', () => {
    expect(splitOutcome(12)).toEqual({ value: 12, extras: {} });
    expect(splitOutcome({ value: 3, extras: { a_ms: 1 } })).toEqual({
      value: 3,
      extras: { a_ms: 1 },
    });
  });
});

describe('the plan', () => {
  it('measures every JSON key of the issue', () => {
    const names = fullPlan
      .flatMap((step) => ('pair' in step ? step.pair : [step]))
      .map((m) => m.name);
    for (const key of JSON_KEYS) expect(names).toContain(key);
  });

  it('runs save after the timeline, search and bundles (saving adds entries)', () => {
    const names = fullPlan
      .flatMap((step) => ('pair' in step ? step.pair : [step]))
      .map((m) => m.name);
    const at = (name: string) => names.indexOf(name);
    for (const before of ['timeline_first_page_ms', 'search_ms', 'export_ms', 'import_ms']) {
      expect(at(before)).toBeLessThan(at('save_p95_ms'));
    }
  });

  it('keeps a ratio’s pair when only the ratio is asked for', () => {
    const steps = selectSteps(fullPlan, ['cold_start_ratio']);
    const names = steps.flatMap((step) => ('pair' in step ? step.pair : [step])).map((m) => m.name);
    // The lock screen's cold start runs in the same rounds as the cold start and its baseline.
    expect(names).toEqual([
      'cold_start_ms',
      'baseline_cold_start_ms',
      'cold_start_locked_ms',
      'cold_start_ratio',
    ]);
    const locked = selectSteps(fullPlan, ['cold_start_locked_ratio'])
      .flatMap((step) => ('pair' in step ? step.pair : [step]))
      .map((m) => m.name);
    expect(locked).toEqual([
      'cold_start_ms',
      'baseline_cold_start_ms',
      'cold_start_locked_ms',
      'cold_start_locked_ratio',
    ]);
  });
});

describe('parseArgs', () => {
  it('reads the options and refuses unknown ones', () => {
    expect(parseArgs(['--quick', '--json', 'out.json'])).toMatchObject({
      quick: true,
      json: 'out.json',
      build: true,
    });
    expect(parseArgs(['--only', 'shell,precache', '--no-build']).only).toEqual([
      'shell',
      'precache',
    ]);
    expect(() => parseArgs(['--json'])).toThrow('--json needs a value');
    expect(() => parseArgs(['--fast'])).toThrow('unknown option --fast');
  });
});

describe('runsFor', () => {
  const noisy = { name: 'noisy_ms', unit: 'ms', kind: 'timing', minRuns: 11 } as TimingMetric;
  const plain = { name: 'plain_ms', unit: 'ms', kind: 'timing' } as TimingMetric;

  it('raises the count to a group’s minimum unless runs were fixed', () => {
    expect(runsFor([plain], { warmup: 1, runs: 7 })).toBe(7);
    expect(runsFor([noisy, plain], { warmup: 1, runs: 7 })).toBe(11);
    expect(runsFor([noisy], { warmup: 1, runs: 3, fixed: true })).toBe(3);
    expect(runsFor([noisy], { warmup: 1, runs: 15 })).toBe(15);
  });
});

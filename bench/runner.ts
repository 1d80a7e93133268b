// Runs the figures: once-figures once; timings opened once, then a warm-up and N runs (a
// timing paired with its reference runs interleaved, so both see the same machine noise);
// ratios from the medians. A failure of one figure is reported and does not stop the others.
import type {
  BenchContext,
  ExtraFigure,
  Metric,
  OnceMetric,
  RatioMetric,
  RunOutcome,
  Target,
  TimingMetric,
  TimingSession,
} from './metric';
import { type Summary, summarize } from './stats';

/** One figure's outcome: its summary, or null and the reason. */
export interface FigureResult {
  name: string;
  unit: Metric['unit'];
  target?: Target | undefined;
  reference: boolean;
  summary: Summary | null;
  reason?: string | undefined;
}

/**
 * One step of a plan: a single figure, or timings interleaved run by run (a timing with its
 * reference, and what is compared with the same reference).
 */
export type Step = Metric | { pair: [TimingMetric, TimingMetric, ...TimingMetric[]] };

/** Warm-up and measured runs per timing. */
export interface RunCounts {
  warmup: number;
  runs: number;
  /** Runs were asked for on the command line: metrics' own minimum does not apply. */
  fixed?: boolean;
}

/** The measured runs for a group of timings: the count, raised to the group's minimum. */
export function runsFor(metrics: readonly TimingMetric[], counts: RunCounts): number {
  if (counts.fixed) return counts.runs;
  return Math.max(counts.runs, ...metrics.map((metric) => metric.minRuns ?? 0));
}

function result(metric: Metric, summary: Summary | null, reason?: string): FigureResult {
  return {
    name: metric.name,
    unit: metric.unit,
    target: metric.target,
    reference: metric.reference === true,
    summary,
    ...(reason === undefined ? {} : { reason }),
  };
}

function describe(error: unknown): string {
  return `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
}

async function runOnce(metric: OnceMetric, ctx: BenchContext): Promise<FigureResult> {
  try {
    const outcome = await metric.run(ctx);
    return outcome.value === null
      ? result(metric, null, outcome.reason)
      : result(metric, summarize([outcome.value]));
  } catch (error) {
    return result(metric, null, describe(error));
  }
}

async function runTimings(
  metrics: TimingMetric[],
  ctx: BenchContext,
  counts: RunCounts,
): Promise<FigureResult[]> {
  const sessions: (TimingSession | null)[] = [];
  const outcomes: (FigureResult | null)[] = [];
  for (const metric of metrics) {
    try {
      const opened = await metric.open(ctx);
      if ('run' in opened) {
        sessions.push(opened);
        outcomes.push(null);
      } else {
        sessions.push(null);
        outcomes.push(result(metric, null, opened.reason));
      }
    } catch (error) {
      sessions.push(null);
      outcomes.push(result(metric, null, describe(error)));
    }
  }
  const samples: number[][] = metrics.map(() => []);
  const extraSamples: Map<string, number[]>[] = metrics.map(() => new Map());
  const runs = runsFor(metrics, counts);
  try {
    for (let round = 0; round < counts.warmup + runs; round++) {
      for (const [index, session] of sessions.entries()) {
        if (!session || outcomes[index]) continue;
        try {
          const outcome = splitOutcome(await session.run());
          if (round < counts.warmup) continue;
          samples[index]?.push(outcome.value);
          for (const [name, value] of Object.entries(outcome.extras)) {
            const list = extraSamples[index]?.get(name) ?? [];
            list.push(value);
            extraSamples[index]?.set(name, list);
          }
        } catch (error) {
          outcomes[index] = result(metrics[index] as TimingMetric, null, describe(error));
        }
      }
    }
  } finally {
    for (const session of sessions) await session?.close().catch(() => undefined);
  }
  return metrics.flatMap((metric, index) => {
    const own = outcomes[index] ?? result(metric, summarize(samples[index] as number[]));
    const extras = (metric.extras ?? []).map((extra) =>
      extraResult(extra, own, extraSamples[index]?.get(extra.name) ?? []),
    );
    return [own, ...extras];
  });
}

/** A run's outcome as its figure and its extras (none when the run gave a plain number). */
export function splitOutcome(outcome: RunOutcome): {
  value: number;
  extras: Record<string, number>;
} {
  return typeof outcome === 'number' ? { value: outcome, extras: {} } : outcome;
}

/** An extra's row: its runs' summary, or missing with the figure's reason (or none given). */
function extraResult(extra: ExtraFigure, own: FigureResult, values: number[]): FigureResult {
  const row = { name: extra.name, unit: extra.unit, reference: true };
  if (!own.summary) return { ...row, summary: null, reason: own.reason ?? 'not measured' };
  if (values.length === 0) return { ...row, summary: null, reason: 'not measured in any run' };
  return { ...row, summary: summarize(values) };
}

function ratio(metric: RatioMetric, done: FigureResult[]): FigureResult {
  const top = done.find((figure) => figure.name === metric.numerator);
  const bottom = done.find((figure) => figure.name === metric.denominator);
  if (!top?.summary || !bottom?.summary) {
    const absent = !top?.summary ? metric.numerator : metric.denominator;
    return result(metric, null, `needs ${absent}, which is missing`);
  }
  if (bottom.summary.median === 0) return result(metric, null, `${metric.denominator} is 0`);
  return result(metric, summarize([top.summary.median / bottom.summary.median]));
}

/** Runs every step in order and returns one result per figure. */
export async function runPlan(
  steps: Step[],
  ctx: BenchContext,
  counts: RunCounts,
): Promise<FigureResult[]> {
  const done: FigureResult[] = [];
  for (const step of steps) {
    const started = Date.now();
    const label = 'pair' in step ? step.pair.map((m) => m.name).join(' + ') : step.name;
    ctx.log(`… ${label}`);
    if ('pair' in step) done.push(...(await runTimings(step.pair, ctx, counts)));
    else if (step.kind === 'once') done.push(await runOnce(step, ctx));
    else if (step.kind === 'timing') done.push(...(await runTimings([step], ctx, counts)));
    else done.push(ratio(step, done));
    ctx.log(`  ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return done;
}

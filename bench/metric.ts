// The common shape of every benchmark figure: a name (its JSON key), a unit, a target, and a
// measurement that returns a number, or null with a reason when it cannot be measured yet.
import type { Browser } from 'playwright-core';

/** A target: the figure must be at most (`max`) or at least (`min`) `value`. */
export interface Target {
  direction: 'max' | 'min';
  value: number;
}

/** What a measurement can use: the browser, the servers, the run's settings. */
export interface BenchContext {
  browser: Browser;
  /** Address of the production build of the app. */
  appUrl: string;
  /** Address of the minimal Preact baseline page, built and served the same way. */
  baselineUrl: string;
  /** Address of the bench-only pages (the export and import floors). */
  pagesUrl: string;
  /** Stops (`down`) or restarts (`up`) a server answering, so offline really is offline. */
  setServer: (server: 'app' | 'baseline', state: 'up' | 'down') => Promise<void>;
  /** The production build's folder. */
  distDir: string;
  /** Small data, fewer runs, no Lighthouse. */
  quick: boolean;
  /** Seed of the generated data. */
  seed: number;
  /** Path of Chromium (Lighthouse launches its own instance). */
  chromiumPath: string;
  /** Prints a progress or reason line. */
  log: (line: string) => void;
}

/** The outcome of one measurement: a number, or null and why. */
export type Measurement = { value: number } | { value: null; reason: string };

/** A successful measurement. */
export const measured = (value: number): Measurement => ({ value });

/** A figure that cannot be measured on this build, and why. */
export const missing = (reason: string): Measurement => ({ value: null, reason });

/** What every figure has. */
interface MetricBase {
  /** The JSON key, e.g. `cold_start_ms`. */
  name: string;
  unit: 'ms' | 'KB' | 'ratio' | 'score';
  target?: Target;
  /** A reference figure (baseline, floor): shown in the table, not a key of the JSON. */
  reference?: boolean;
}

/** A figure measured once (sizes, scores). */
export interface OnceMetric extends MetricBase {
  kind: 'once';
  run: (ctx: BenchContext) => Promise<Measurement>;
}

/** A reference figure a timing measures in the same run as its own (a phase, a variant). */
export interface ExtraFigure {
  name: string;
  unit: 'ms';
}

/** One run of a timing: its figure, or its figure and the extras' values of the same run. */
export type RunOutcome = number | { value: number; extras: Record<string, number> };

/** A prepared timing: each `run` measures once; `close` frees the browser context. */
export interface TimingSession {
  run: () => Promise<RunOutcome>;
  close: () => Promise<void>;
}

/** A timing: prepared once (data seeded), then run after a warm-up several times. */
export interface TimingMetric extends MetricBase {
  kind: 'timing';
  /** At least this many measured runs in a full run (noisy figures); --runs still wins. */
  minRuns?: number;
  /** Reference rows measured by the same runs (shown after the figure, not JSON keys). */
  extras?: readonly ExtraFigure[];
  /** Prepares a session, or says why the figure cannot be measured on this build. */
  open: (ctx: BenchContext) => Promise<TimingSession | { value: null; reason: string }>;
}

/** A ratio of two timings' medians from the same run, e.g. the app against its floor. */
export interface RatioMetric extends MetricBase {
  kind: 'ratio';
  numerator: string;
  denominator: string;
}

/** Any figure. */
export type Metric = OnceMetric | TimingMetric | RatioMetric;

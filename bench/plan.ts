// The figures in the order they run: sizes first (cheap), then timings, then Lighthouse.
import { baselineColdStart } from './metrics/baseline-cold-start';
import { coachDashboard } from './metrics/coach-dashboard';
import { coldStart } from './metrics/cold-start';
import { coldStartLocked, coldStartLockedRatio } from './metrics/cold-start-locked';
import { coldStartRatio } from './metrics/cold-start-ratio';
import { coldStartWithData } from './metrics/cold-start-with-data';
import { exportApp, exportFloor, exportRatio } from './metrics/export';
import { firstLoadJs } from './metrics/first-load-js';
import { importApp, importFloor, importRatio } from './metrics/import';
import {
  lighthouseAccessibility,
  lighthouseBestPractices,
  lighthousePerformance,
} from './metrics/lighthouse';
import { precache } from './metrics/precache';
import { results, resultsSlowCpu } from './metrics/results';
import { saveP95, saveP95Locked } from './metrics/save-p95';
import { search, searchLocked } from './metrics/search';
import { shellJs } from './metrics/shell-js';
import { timelineFirstPage, timelineFirstPageLocked } from './metrics/timeline-first-page';
import { unlock } from './metrics/unlock';
import type { Step } from './runner';

/** Every step of a full run. */
export const fullPlan: Step[] = [
  shellJs,
  firstLoadJs,
  precache,
  // The lock screen's cold start (issue 17) runs in the same rounds, against the same baseline.
  { pair: [coldStart, baselineColdStart, coldStartLocked] },
  coldStartRatio,
  coldStartLockedRatio,
  coldStartWithData,
  // Timeline, search and the bundles before save: saving adds entries newer than the seeded
  // newest one, and the bundles carry exactly the dataset.
  timelineFirstPage,
  search,
  results,
  resultsSlowCpu,
  { pair: [exportApp, exportFloor] },
  exportRatio,
  { pair: [importApp, importFloor] },
  importRatio,
  saveP95,
  // The same with the app lock on (issue 17), on a client of its own.
  unlock,
  timelineFirstPageLocked,
  searchLocked,
  saveP95Locked,
  coachDashboard,
  lighthousePerformance,
  lighthouseAccessibility,
  lighthouseBestPractices,
];

/** The steps holding a figure whose name contains one of `parts` (ratios keep their pair). */
export function selectSteps(plan: Step[], parts: readonly string[]): Step[] {
  if (parts.length === 0) return plan;
  const wanted = (name: string) => parts.some((part) => name.includes(part));
  return plan.filter((step) =>
    'pair' in step
      ? step.pair.some((metric) => wanted(metric.name)) ||
        plan.some(
          (other) =>
            !('pair' in other) &&
            other.kind === 'ratio' &&
            wanted(other.name) &&
            step.pair.some((metric) => metric.name === other.numerator),
        )
      : wanted(step.name),
  );
}

// lighthouse_performance, lighthouse_accessibility, lighthouse_best_practices: Lighthouse's
// mobile scores (0-100) for "/" of the production build; skipped in the quick run.
import { lighthouseMedian } from '../lighthouse';
import { measured, missing, type OnceMetric } from '../metric';

function category(
  name: string,
  id: 'performance' | 'accessibility' | 'best-practices',
  target: number,
): OnceMetric {
  return {
    name,
    unit: 'score',
    target: { direction: 'min', value: target },
    kind: 'once',
    run: async (ctx) =>
      ctx.quick ? missing('not run in --quick') : measured(await lighthouseMedian(ctx, id)),
  };
}

/** Lighthouse performance score. */
export const lighthousePerformance = category('lighthouse_performance', 'performance', 95);
/** Lighthouse accessibility score. */
export const lighthouseAccessibility = category('lighthouse_accessibility', 'accessibility', 100);
/** Lighthouse best-practices score. */
export const lighthouseBestPractices = category('lighthouse_best_practices', 'best-practices', 100);

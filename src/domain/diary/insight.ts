// Insight over the diary (issue 3 §4): feeling intensity and theme strength over time per
// theme, and how many entries fall in each area and phase. Several entries on one day become
// one point (their mean), so a chart of years of entries stays readable.

import { dayKeyOf } from '../dates';
import type { Phase } from '../records/base';
import type { DiaryEntryRecord, LifeArea } from '../records/diary';
import { isLive } from '../records/live';
import { NO_THEME } from './filters';

/** One day's numbers on a theme's time line. Means are rounded to one decimal. */
export interface InsightPoint {
  /** YYYY-MM-DD, local. */
  day: string;
  /** Entries of that day with at least one of the two numbers. */
  count: number;
  feelingIntensity?: number | undefined;
  themeStrength?: number | undefined;
}

/** The points of one theme (or NO_THEME), oldest day first. */
export interface ThemeSeries {
  themeId: string;
  points: InsightPoint[];
}

/** Entries per area; `unset` counts entries without an area. */
export type AreaCounts = Record<LifeArea | 'unset', number>;
/** Entries per phase; `unset` counts entries without a phase. */
export type PhaseCounts = Record<Phase | 'unset', number>;

/** Everything the insight screen shows. */
export interface DiaryInsight {
  total: number;
  byArea: AreaCounts;
  byPhase: PhaseCounts;
  series: ThemeSeries[];
}

interface DayTotals {
  count: number;
  feelingSum: number;
  feelingCount: number;
  strengthSum: number;
  strengthCount: number;
}

const mean = (sum: number, count: number) =>
  count === 0 ? undefined : Math.round((sum / count) * 10) / 10;

/** Computes the insight over live (not deleted) entries. Series are ordered by their latest
 * day, newest first. */
export function diaryInsight(entries: readonly DiaryEntryRecord[]): DiaryInsight {
  const byArea: AreaCounts = { home: 0, work: 0, other: 0, unset: 0 };
  const byPhase: PhaseCounts = { attending: 0, creating: 0, anchoring: 0, unset: 0 };
  const perTheme = new Map<string, Map<string, DayTotals>>();
  let total = 0;
  for (const entry of entries) {
    if (!isLive(entry)) continue;
    total += 1;
    byArea[entry.area ?? 'unset'] += 1;
    byPhase[entry.phase ?? 'unset'] += 1;
    const { feelingIntensity: feeling, themeStrength: strength } = entry;
    if (feeling === undefined && strength === undefined) continue;
    const key = entry.themeId ?? NO_THEME;
    const days = perTheme.get(key) ?? new Map<string, DayTotals>();
    perTheme.set(key, days);
    const day = dayKeyOf(new Date(entry.occurredAt));
    const totals = days.get(day) ?? {
      count: 0,
      feelingSum: 0,
      feelingCount: 0,
      strengthSum: 0,
      strengthCount: 0,
    };
    days.set(day, totals);
    totals.count += 1;
    if (feeling !== undefined) {
      totals.feelingSum += feeling;
      totals.feelingCount += 1;
    }
    if (strength !== undefined) {
      totals.strengthSum += strength;
      totals.strengthCount += 1;
    }
  }
  const series: ThemeSeries[] = [...perTheme.entries()].map(([themeId, days]) => ({
    themeId,
    points: [...days.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([day, totals]) => ({
        day,
        count: totals.count,
        feelingIntensity: mean(totals.feelingSum, totals.feelingCount),
        themeStrength: mean(totals.strengthSum, totals.strengthCount),
      })),
  }));
  series.sort((a, b) => {
    const lastA = a.points.at(-1)?.day ?? '';
    const lastB = b.points.at(-1)?.day ?? '';
    return lastA < lastB ? 1 : lastA > lastB ? -1 : 0;
  });
  return { total, byArea, byPhase, series };
}

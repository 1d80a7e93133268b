// Insight: per-theme series (one point per day) and counts per area and phase.
import { describe, expect, it } from 'vitest';
import { NO_THEME } from '../../../src/domain/diary/filters';
import { diaryInsight } from '../../../src/domain/diary/insight';
import { entry } from './fixtures';

const theme = '44444444-4444-4444-8444-444444444444';
const at = (day: number, hour: number) => new Date(2026, 2, day, hour).toISOString();

describe('diaryInsight', () => {
  it('is empty without entries', () => {
    expect(diaryInsight([])).toEqual({
      total: 0,
      byArea: { home: 0, work: 0, other: 0, unset: 0 },
      byPhase: { attending: 0, creating: 0, anchoring: 0, unset: 0 },
      series: [],
    });
  });

  it('counts areas and phases, leaving tombstones out', () => {
    const insight = diaryInsight([
      entry({ area: 'home', phase: 'attending' }),
      entry({ area: 'work', phase: 'attending' }),
      entry({ area: 'work', phase: 'creating' }),
      entry({}),
      entry({ area: 'home', deletedAt: '2026-03-02T00:00:00.000Z' }),
    ]);
    expect(insight.total).toBe(4);
    expect(insight.byArea).toEqual({ home: 1, work: 2, other: 0, unset: 1 });
    expect(insight.byPhase).toEqual({ attending: 2, creating: 1, anchoring: 0, unset: 1 });
  });

  it('averages the numbers of one day per theme, oldest day first', () => {
    const insight = diaryInsight([
      entry({ themeId: theme, occurredAt: at(2, 9), feelingIntensity: 6, themeStrength: 8 }),
      entry({ themeId: theme, occurredAt: at(1, 9), feelingIntensity: 4 }),
      entry({ themeId: theme, occurredAt: at(2, 18), feelingIntensity: 3, themeStrength: 5 }),
      entry({ themeId: theme, occurredAt: at(2, 20), feelingIntensity: 2 }),
      entry({ occurredAt: at(1, 10), themeStrength: 7 }),
      // No numbers: counted, but no point.
      entry({ themeId: theme, occurredAt: at(3, 9) }),
    ]);
    expect(insight.series).toEqual([
      {
        themeId: theme,
        points: [
          { day: '2026-03-01', count: 1, feelingIntensity: 4, themeStrength: undefined },
          // Feeling (6 + 3 + 2) / 3 = 3.67 → 3.7; strength (8 + 5) / 2 = 6.5.
          { day: '2026-03-02', count: 3, feelingIntensity: 3.7, themeStrength: 6.5 },
        ],
      },
      {
        themeId: NO_THEME,
        points: [{ day: '2026-03-01', count: 1, feelingIntensity: undefined, themeStrength: 7 }],
      },
    ]);
    expect(insight.total).toBe(6);
  });
});

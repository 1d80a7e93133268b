// Digests of diary and focusing for the report: counts per area, phase, distance and felt
// shift, and the range of intensities, over the live records in a date range.
import type {
  DiaryEntryRecord,
  Distance,
  FocusingSessionRecord,
  LifeArea,
  Phase,
} from '../records';

/** The lowest and highest value seen, or null when nothing was rated. */
export type Range = { min: number; max: number } | null;

/** Counts per value plus the records that left the field empty. */
export type Tally<K extends string> = Record<K | 'unspecified', number>;

/** The diary digest. */
export interface DiaryDigest {
  total: number;
  perArea: Tally<LifeArea>;
  perPhase: Tally<Phase>;
  feelingIntensity: Range;
  themeStrength: Range;
}

/** The focusing digest. */
export interface FocusingDigest {
  total: number;
  distanceStart: Tally<Distance>;
  distanceEnd: Tally<Distance>;
  feltShift: { yes: number; no: number; unspecified: number };
  intensityBefore: Range;
  intensityAfter: Range;
  totalMinutes: number;
}

function rangeOf(values: readonly (number | undefined)[]): Range {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length === 0 ? null : { min: Math.min(...known), max: Math.max(...known) };
}

function tally<K extends string>(keys: readonly K[], values: readonly (K | undefined)[]): Tally<K> {
  const counts = Object.fromEntries([...keys, 'unspecified'].map((k) => [k, 0])) as Tally<K>;
  for (const value of values) counts[value ?? 'unspecified'] += 1;
  return counts;
}

/** Digest of diary entries (callers pass the live entries of the range). */
export function digestDiary(entries: readonly DiaryEntryRecord[]): DiaryDigest {
  return {
    total: entries.length,
    perArea: tally(
      ['home', 'work', 'other'] as const,
      entries.map((e) => e.area),
    ),
    perPhase: tally(
      ['attending', 'creating', 'anchoring'] as const,
      entries.map((e) => e.phase),
    ),
    feelingIntensity: rangeOf(entries.map((e) => e.feelingIntensity)),
    themeStrength: rangeOf(entries.map((e) => e.themeStrength)),
  };
}

/** Digest of focusing sessions (callers pass the live sessions of the range). */
export function digestFocusing(sessions: readonly FocusingSessionRecord[]): FocusingDigest {
  const distances = ['too-close', 'right', 'too-far'] as const;
  return {
    total: sessions.length,
    distanceStart: tally(
      distances,
      sessions.map((s) => s.distanceStart),
    ),
    distanceEnd: tally(
      distances,
      sessions.map((s) => s.distanceEnd),
    ),
    feltShift: {
      yes: sessions.filter((s) => s.feltShift === true).length,
      no: sessions.filter((s) => s.feltShift === false).length,
      unspecified: sessions.filter((s) => s.feltShift === undefined).length,
    },
    intensityBefore: rangeOf(sessions.map((s) => s.intensityBefore)),
    intensityAfter: rangeOf(sessions.map((s) => s.intensityAfter)),
    totalMinutes: sessions.reduce((sum, s) => sum + (s.durationMinutes ?? 0), 0),
  };
}

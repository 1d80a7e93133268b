// A realistic spread of moments over time: more entries in active periods (a coaching
// trajectory comes in waves), fewer at weekends for work, and the hours people actually write.
import type { Rng } from './random';

const DAY_MS = 86_400_000;

/** Relative weight of each hour of the day (0-23) for writing something down. */
const hourWeights = [
  0.2, 0.1, 0.05, 0.05, 0.05, 0.2, 0.8, 2, 3, 2, 1.5, 1.5, 2.5, 2, 1.5, 1.5, 2, 2.5, 2.5, 2, 3, 3.5,
  2.5, 1,
];
const hours = hourWeights.map((_, hour) => hour);

/** A sampler of days in the `spanDays` before `end`, weighted by a slowly varying activity. */
export class MomentSampler {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  /** Prepares day weights for the span ending at `end`. */
  constructor(
    private readonly rng: Rng,
    private readonly end: Date,
    private readonly spanDays: number,
  ) {
    // Waves of a few weeks (sessions with the coach) on top of a steady base.
    const phase = rng.next() * Math.PI * 2;
    let sum = 0;
    for (let day = 0; day < spanDays; day++) {
      const date = new Date(end.getTime() - (spanDays - day) * DAY_MS);
      const weekday = date.getUTCDay();
      const weekend = weekday === 0 || weekday === 6 ? 0.6 : 1;
      const wave = 1 + 0.8 * Math.sin((day / 45) * Math.PI * 2 + phase);
      sum += Math.max(0.05, wave) * weekend;
      this.cumulative.push(sum);
    }
    this.total = sum;
  }

  /** One moment in the span, as a Date (minute precision). */
  moment(): Date {
    const roll = this.rng.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.cumulative[mid] ?? 0) < roll) low = mid + 1;
      else high = mid;
    }
    const hour = this.rng.weighted(hours, hourWeights);
    const minute = this.rng.int(0, 59);
    const dayStart =
      Math.floor(this.end.getTime() / DAY_MS) * DAY_MS - (this.spanDays - low) * DAY_MS;
    return new Date(Math.min(dayStart + hour * 3_600_000 + minute * 60_000, this.end.getTime()));
  }
}

/** When a record about `occurred` was written: mostly soon after, sometimes days later. */
export function writtenAt(rng: Rng, occurred: Date, end: Date): Date {
  const roll = rng.next();
  const delayMinutes =
    roll < 0.7 ? rng.int(0, 30) : roll < 0.95 ? rng.int(60, 360) : rng.int(24 * 60, 3 * 24 * 60);
  return new Date(Math.min(occurred.getTime() + delayMinutes * 60_000, end.getTime()));
}

/** A later edit time (or the same time when the record was never edited), and its rev. */
export function revision(rng: Rng, created: Date, end: Date): { updated: Date; rev: number } {
  if (!rng.chance(0.15)) return { updated: created, rev: 1 };
  const later = created.getTime() + rng.int(5, 7 * 24 * 60) * 60_000;
  return { updated: new Date(Math.min(later, end.getTime())), rev: rng.int(2, 4) };
}

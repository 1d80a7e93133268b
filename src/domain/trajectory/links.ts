// What links to a theme (diary entries, focusing sessions), counted per phase. An item that
// names its own phase keeps it; otherwise it counts in the phase the theme was in that day.
import type { Phase } from '../records';
import { isLive } from '../records/live';
import { type PhaseEntry, phaseAt } from './phases';

/** The least a linked item must carry to be counted. */
export interface LinkedItem {
  occurredAt: string;
  phase?: Phase | undefined;
  deletedAt?: string | undefined;
}

/** Counts per phase. */
export type PhaseCounts = Record<Phase, number>;

/** The phase an item belongs to: its own, or the theme's phase on the item's day. */
export function phaseOfItem(item: LinkedItem, history: readonly PhaseEntry[]): Phase | undefined {
  return item.phase ?? phaseAt(history, item.occurredAt);
}

/** How many live (not deleted) items fall in each phase. */
export function countByPhase(
  items: readonly LinkedItem[],
  history: readonly PhaseEntry[],
): PhaseCounts {
  const counts: PhaseCounts = { attending: 0, creating: 0, anchoring: 0 };
  for (const item of items) {
    if (!isLive(item)) continue;
    const phase = phaseOfItem(item, history);
    if (phase) counts[phase] += 1;
  }
  return counts;
}

/** Live items, newest first. */
export function newestFirst<T extends LinkedItem>(items: readonly T[]): T[] {
  return items
    .filter(isLive)
    .sort((a, b) => (a.occurredAt < b.occurredAt ? 1 : a.occurredAt > b.occurredAt ? -1 : 0));
}

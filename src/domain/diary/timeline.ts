// The timeline's shape: entries grouped by local day, newest day first.

import { dayKeyOf } from '../dates';
import type { DiaryEntryRecord } from '../records/diary';

/** One day of the timeline. */
export interface DiaryDay {
  /** YYYY-MM-DD, local. */
  day: string;
  entries: DiaryEntryRecord[];
}

/** Groups entries that are already sorted newest first into days, keeping their order. */
export function groupByDay(entries: readonly DiaryEntryRecord[]): DiaryDay[] {
  const days: DiaryDay[] = [];
  for (const entry of entries) {
    const day = dayKeyOf(new Date(entry.occurredAt));
    const last = days.at(-1);
    if (last?.day === day) last.entries.push(entry);
    else days.push({ day, entries: [entry] });
  }
  return days;
}

/** The first line of a text, cut to `max` characters with an ellipsis. */
export function preview(text: string, max = 140): string {
  const line = text.trim().split(/\r?\n/u, 1)[0] ?? '';
  const chars = Array.from(line);
  // Count code points so an emoji is never cut in half.
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : line;
}

// The change process (domain §1): attending → creating → anchoring. Moving a theme to another
// phase appends to its history (oldest first; the last entry is the current phase); the
// history can be corrected afterwards. Pure rules, no storage.
import type { Phase } from '../records';
import { type DayKey, dayOf, dayToIso, isDayKey } from './dates';

/** The phases in their usual order. */
export const PHASES: readonly Phase[] = ['attending', 'creating', 'anchoring'];

/** One entry of a theme's phase history, as stored. */
export interface PhaseEntry {
  phase: Phase;
  since: string;
  note?: string | undefined;
}

/** Why a phase change or correction was refused; each has its own message. */
export type PhaseProblem =
  | 'same-phase'
  | 'date-invalid'
  | 'date-future'
  | 'date-before-previous'
  | 'date-after-next'
  | 'note-too-long'
  | 'last-entry'
  | 'repeats-neighbour'
  | 'no-entry';

/** The longest note on a phase change (characters). */
export const MAX_PHASE_NOTE = 2000;

/** A phase change the client asks for: the new phase, the day it began and a note. */
export interface PhaseMove {
  phase: Phase;
  day: DayKey;
  note: string;
}

/** The result of a rule: the new history, or the problems that block it. */
export type PhaseResult =
  | { ok: true; history: PhaseEntry[] }
  | { ok: false; problems: PhaseProblem[] };

/** The current phase: the last entry of the history. */
export function currentPhase(history: readonly PhaseEntry[]): PhaseEntry | undefined {
  return history.at(-1);
}

function cleanNote(note: string): string | undefined {
  const trimmed = note.trim();
  return trimmed === '' ? undefined : trimmed;
}

function dayProblems(day: DayKey, today: DayKey): PhaseProblem[] {
  if (!isDayKey(day)) return ['date-invalid'];
  return day > today ? ['date-future'] : [];
}

/** Appends a move to another phase; the day may not lie before the current phase's day. */
export function movePhase(
  history: readonly PhaseEntry[],
  move: PhaseMove,
  today: DayKey,
): PhaseResult {
  const current = currentPhase(history);
  const problems: PhaseProblem[] = [];
  if (current && current.phase === move.phase) problems.push('same-phase');
  problems.push(...dayProblems(move.day, today));
  if (current && isDayKey(move.day) && move.day < dayOf(current.since)) {
    problems.push('date-before-previous');
  }
  if (move.note.trim().length > MAX_PHASE_NOTE) problems.push('note-too-long');
  if (problems.length > 0) return { ok: false, problems };
  const entry: PhaseEntry = { phase: move.phase, since: dayToIso(move.day) };
  const note = cleanNote(move.note);
  if (note) entry.note = note;
  return { ok: true, history: [...history, entry] };
}

/** Corrects the day and note of entry `index`; the history must stay in date order. */
export function correctEntry(
  history: readonly PhaseEntry[],
  index: number,
  correction: { day: DayKey; note: string },
  today: DayKey,
): PhaseResult {
  const entry = history[index];
  if (!entry) return { ok: false, problems: ['no-entry'] };
  const problems = dayProblems(correction.day, today);
  const previous = history[index - 1];
  const next = history[index + 1];
  if (isDayKey(correction.day)) {
    if (previous && correction.day < dayOf(previous.since)) problems.push('date-before-previous');
    if (next && correction.day > dayOf(next.since)) problems.push('date-after-next');
  }
  if (correction.note.trim().length > MAX_PHASE_NOTE) problems.push('note-too-long');
  if (problems.length > 0) return { ok: false, problems };
  const corrected: PhaseEntry = { phase: entry.phase, since: dayToIso(correction.day) };
  const note = cleanNote(correction.note);
  if (note) corrected.note = note;
  return { ok: true, history: history.map((item, at) => (at === index ? corrected : item)) };
}

/**
 * Removes entry `index` (a move recorded by mistake). The first phase can never be removed
 * alone, and removal may not leave the same phase twice in a row.
 */
export function removeEntry(history: readonly PhaseEntry[], index: number): PhaseResult {
  if (!history[index]) return { ok: false, problems: ['no-entry'] };
  if (history.length === 1) return { ok: false, problems: ['last-entry'] };
  const previous = history[index - 1];
  const next = history[index + 1];
  if (previous && next && previous.phase === next.phase) {
    return { ok: false, problems: ['repeats-neighbour'] };
  }
  return { ok: true, history: history.filter((_, at) => at !== index) };
}

/** The phase a theme was in at `iso` (the first phase for moments before the history). */
export function phaseAt(history: readonly PhaseEntry[], iso: string): Phase | undefined {
  const day = dayOf(iso);
  let found = history[0]?.phase;
  for (const entry of history) {
    if (dayOf(entry.since) <= day) found = entry.phase;
    else break;
  }
  return found;
}

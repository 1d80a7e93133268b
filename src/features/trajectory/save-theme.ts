// Writes to a stored theme from its page (phase moves, corrections, ticking off), with the
// failure turned into the message the screen shows.

import type { RecordFields } from '../../db/repository';
import { Repository } from '../../db/repository';
import { toAppError } from '../../domain/errors';
import type { ThemeRecord } from '../../domain/records';
import type { PhaseEntry } from '../../domain/trajectory';
import { currentPhase } from '../../domain/trajectory';

/** Changes a theme; resolves to undefined on success or the app error on failure. */
export async function changeTheme(
  id: string,
  changes: Partial<RecordFields<'themes'>>,
): Promise<ReturnType<typeof toAppError> | undefined> {
  try {
    await new Repository('themes').update(id, changes);
    return undefined;
  } catch (error) {
    return toAppError(error);
  }
}

/** The record fields for a new phase history: the history and the phase it ends in. */
export function historyFields(history: PhaseEntry[]): Pick<ThemeRecord, 'phase' | 'phaseHistory'> {
  const last = currentPhase(history);
  if (!last) throw new RangeError('a theme needs at least one phase');
  return { phase: last.phase, phaseHistory: history };
}

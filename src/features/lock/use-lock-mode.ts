// The app lock's state for screens outside the lock's own (the first run's lock step, home's
// invitation): from the hint, corrected by each database connection as it opens and by the
// news of this tab and the others, so a turn started anywhere is heard at once.
import { useEffect, useState } from 'preact/hooks';
import { onDatabaseMode } from '../../db/database-mode';
import type { LockMode } from '../../db/lock-state';
import { listenToLock } from './lock-gate';
import { lockHinted } from './lock-hint';

const fromHint = (): LockMode => (lockHinted() ? 'on' : 'off');

/**
 * The lock's state, following every change. Before any news it is told from the hint, which
 * says only on or off: a turn cut short reads as on (the lock screen finishes it first).
 */
export function useLockMode(): LockMode {
  const [mode, setMode] = useState<LockMode>(fromHint);
  useEffect(() => {
    // The hint, not the reported mode: the report replayed to a late listener is the state a
    // connection opened under, stale after a turn; the gate (listening since the start, so
    // before this) has already kept the hint in step with each report and each turn.
    const stopDatabase = onDatabaseMode(() => setMode(fromHint()));
    const stopNews = listenToLock((news) => {
      if (news.type === 'mode') setMode(news.mode);
    });
    return () => {
      stopDatabase();
      stopNews();
    };
  }, []);
  return mode;
}

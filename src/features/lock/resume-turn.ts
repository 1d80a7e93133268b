// Unlocking with a turn of the lock that a closed tab cut short: the key is held while the
// turn finishes (the turn seals or opens rows with it); when finishing fails, the lock screen
// stays up for another try, and the key must not stay in memory behind it.
import type { TurnProgress } from '../../db/lock-control';
import { keyHolder } from '../../lock/key-holder';

/** The database's side a resume needs (src/db/lock-control.ts). */
export interface TurnControl {
  currentLockMode: () => Promise<string>;
  finishTurn: (onProgress: (progress: TurnProgress) => void) => Promise<void>;
}

/**
 * Holds `key`, finishes a turn cut short if there is one, and leaves the key held; on any
 * failure drops the key again and throws on.
 */
export async function holdAndFinishTurn(
  key: CryptoKey,
  control: () => Promise<TurnControl>,
  onProgress: (progress: TurnProgress) => void,
): Promise<void> {
  keyHolder.hold(key);
  try {
    const turns = await control();
    const mode = await turns.currentLockMode();
    if (mode === 'turning-on' || mode === 'turning-off') await turns.finishTurn(onProgress);
  } catch (error) {
    keyHolder.lock();
    throw error;
  }
}

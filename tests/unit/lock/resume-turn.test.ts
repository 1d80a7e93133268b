// Unlocking into a turn cut short: the key stays held when the turn finishes, and is dropped
// again when finishing fails, so the lock screen never has a key in memory behind it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdAndFinishTurn, type TurnControl } from '../../../src/features/lock/resume-turn';
import { importDataKey, newDataKeyBytes } from '../../../src/lock/data-key';
import { keyHolder } from '../../../src/lock/key-holder';

const dataKey = () => importDataKey(newDataKeyBytes());

function control(mode: string, finishTurn: TurnControl['finishTurn'] = async () => undefined) {
  const turns: TurnControl = { currentLockMode: async () => mode, finishTurn: vi.fn(finishTurn) };
  return { turns, load: async () => turns };
}

describe('holdAndFinishTurn', () => {
  afterEach(() => keyHolder.lock());

  it('holds the key and finishes nothing when no turn was cut short', async () => {
    const { turns, load } = control('on');
    await holdAndFinishTurn(await dataKey(), load, () => undefined);
    expect(keyHolder.unlocked).toBe(true);
    expect(turns.finishTurn).not.toHaveBeenCalled();
  });

  it('finishes a turn cut short with the key held, reporting progress', async () => {
    const progress = vi.fn();
    const { turns, load } = control('turning-on', async (onProgress) => {
      expect(keyHolder.unlocked).toBe(true);
      onProgress({ batches: 1, total: 2 });
    });
    await holdAndFinishTurn(await dataKey(), load, progress);
    expect(turns.finishTurn).toHaveBeenCalledTimes(1);
    expect(progress).toHaveBeenCalledWith({ batches: 1, total: 2 });
    expect(keyHolder.unlocked).toBe(true);
  });

  it('drops the key again and throws on when finishing the turn fails', async () => {
    const { load } = control('turning-off', async () => {
      throw new Error('batch failed');
    });
    await expect(holdAndFinishTurn(await dataKey(), load, () => undefined)).rejects.toThrow(
      'batch failed',
    );
    expect(keyHolder.unlocked).toBe(false);
  });

  it('drops the key again when the database side cannot be loaded', async () => {
    const failing = async (): Promise<TurnControl> => {
      throw new Error('offline and not cached');
    };
    await expect(holdAndFinishTurn(await dataKey(), failing, () => undefined)).rejects.toThrow(
      'offline and not cached',
    );
    expect(keyHolder.unlocked).toBe(false);
  });
});

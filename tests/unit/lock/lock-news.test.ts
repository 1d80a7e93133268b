// Another tab's news that the lock is off drops this tab's key: kept, it would be the wrong
// one once the lock is turned on again with a new key (writes sealed with it would open
// nowhere). News of a turn under way keeps it: rows are still being opened with it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDatabase, setDatabase } from '../../../src/db/database';
import { lockModeOf } from '../../../src/db/lock-session';
import { listenToLock } from '../../../src/features/lock/lock-gate';
import { importDataKey, newDataKeyBytes } from '../../../src/lock/data-key';
import { keyHolder } from '../../../src/lock/key-holder';
import { freshDatabase } from '../db/helpers';

let stop: (() => void) | undefined;
let other: BroadcastChannel | undefined;

afterEach(() => {
  stop?.();
  other?.close();
  keyHolder.lock();
  setDatabase(undefined);
});

describe('news of the lock from another tab', () => {
  it('drops the key when the lock is off, keeps it while a turn is under way', async () => {
    freshDatabase();
    keyHolder.hold(await importDataKey(newDataKeyBytes()));
    stop = listenToLock(() => undefined);
    other = new BroadcastChannel('koers-lock');

    other.postMessage({ type: 'mode', mode: 'turning-off' });
    // The news of the turn is followed (the connection's mode), and the key stays for it.
    await vi.waitFor(() => expect(lockModeOf(getDatabase())).toBe('turning-off'));
    expect(keyHolder.key()).toBeDefined();

    other.postMessage({ type: 'mode', mode: 'off' });
    await vi.waitFor(() => expect(keyHolder.key()).toBeUndefined());
  });
});

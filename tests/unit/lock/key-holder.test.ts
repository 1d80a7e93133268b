// The key holder: holds the unlocked data key in memory, drops it on lock, and tells its
// listeners of both; a listener that throws does not keep the others from hearing.
import { describe, expect, it, vi } from 'vitest';
import { importDataKey, newDataKeyBytes } from '../../../src/lock/data-key';
import { KeyHolder, type KeyHolderEvent } from '../../../src/lock/key-holder';

const dataKey = () => importDataKey(newDataKeyBytes());

describe('KeyHolder', () => {
  it('holds nothing at first, the key after hold, nothing after lock', async () => {
    const holder = new KeyHolder();
    expect(holder.key()).toBeUndefined();
    expect(holder.unlocked).toBe(false);
    const key = await dataKey();
    holder.hold(key);
    expect(holder.key()).toBe(key);
    expect(holder.unlocked).toBe(true);
    holder.lock();
    expect(holder.key()).toBeUndefined();
    expect(holder.unlocked).toBe(false);
  });

  it('tells listeners of unlock and lock, once each, until they unsubscribe', async () => {
    const holder = new KeyHolder();
    const heard: KeyHolderEvent[] = [];
    const stop = holder.subscribe((event) => heard.push(event));
    holder.lock(); // nothing held: no event
    holder.hold(await dataKey());
    holder.lock();
    holder.lock();
    stop();
    holder.hold(await dataKey());
    expect(heard).toEqual(['unlocked', 'locked']);
  });

  it('refuses an extractable key or one that cannot decrypt', async () => {
    const holder = new KeyHolder();
    const raw = newDataKeyBytes();
    const extractable = await crypto.subtle.importKey('raw', raw, 'AES-GCM', true, [
      'encrypt',
      'decrypt',
    ]);
    const encryptOnly = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt']);
    expect(() => holder.hold(extractable)).toThrow(TypeError);
    expect(() => holder.hold(encryptOnly)).toThrow(TypeError);
    expect(holder.unlocked).toBe(false);
  });

  it('drops the key and tells the other listeners even when one throws', async () => {
    const holder = new KeyHolder();
    const failing = vi.fn(() => {
      throw new Error('listener failed');
    });
    const other = vi.fn();
    holder.subscribe(failing);
    holder.subscribe(other);
    const thrown: unknown[] = [];
    const onError = (error: unknown) => thrown.push(error);
    process.on('uncaughtException', onError);
    try {
      holder.hold(await dataKey());
      holder.lock();
      await expect.poll(() => thrown.length).toBe(2);
    } finally {
      process.off('uncaughtException', onError);
    }
    expect(other.mock.calls).toEqual([['unlocked'], ['locked']]);
    expect(holder.key()).toBeUndefined();
  });
});

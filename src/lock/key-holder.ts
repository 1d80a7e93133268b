// The unlocked data key, in memory only. Unlocking hands the CryptoKey (non-extractable, so
// its bytes are never in script) to the holder; locking drops it, and listeners (the storage
// layer, in-memory indexes, later the lock screen) hear of both. While locked or with the lock
// off it holds nothing. No storage here: the lock state lives in the database (src/db).

/** What the holder tells its listeners. */
export type KeyHolderEvent = 'unlocked' | 'locked';

/** A listener to the holder's changes. */
export type KeyHolderListener = (event: KeyHolderEvent) => void;

/** Holds the data key between unlock and lock. */
export class KeyHolder {
  private current: CryptoKey | undefined;
  private readonly listeners = new Set<KeyHolderListener>();

  /** The held data key; undefined while locked or with the lock off. */
  key(): CryptoKey | undefined {
    return this.current;
  }

  /** True while a data key is held. */
  get unlocked(): boolean {
    return this.current !== undefined;
  }

  /** Holds `key` (after an unlock, or when the lock is turned on) and tells the listeners. */
  hold(key: CryptoKey): void {
    if (key.extractable) throw new TypeError('The data key must be non-extractable');
    if (!key.usages.includes('encrypt') || !key.usages.includes('decrypt')) {
      throw new TypeError('The data key must encrypt and decrypt');
    }
    this.current = key;
    this.emit('unlocked');
  }

  /**
   * Drops the key and tells the listeners, so they drop what they decrypted. Locking when
   * nothing is held changes nothing and tells no one.
   */
  lock(): void {
    if (this.current === undefined) return;
    this.current = undefined;
    this.emit('locked');
  }

  /** Calls `listener` on every unlock and lock; returns the function that stops it. */
  subscribe(listener: KeyHolderListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private emit(event: KeyHolderEvent): void {
    // A failing listener must not keep the others from dropping their plain text.
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}

/** The app's one key holder. */
export const keyHolder = new KeyHolder();

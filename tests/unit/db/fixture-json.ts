// Database fixtures are JSON, but the lock's rows hold bytes (IndexedDB keeps Uint8Array as
// it is): in a fixture they are written as { "$bytes": "<base64>" } and revived on reading.

/** JSON.parse reviver: turns { $bytes: base64 } back into a Uint8Array. */
export function reviveBytes(_key: string, value: unknown): unknown {
  if (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 1 &&
    typeof (value as { $bytes?: unknown }).$bytes === 'string'
  ) {
    return new Uint8Array(Buffer.from((value as { $bytes: string }).$bytes, 'base64'));
  }
  return value;
}

/** JSON.stringify replacer: writes a Uint8Array as { $bytes: base64 }. */
export function replaceBytes(_key: string, value: unknown): unknown {
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') };
  return value;
}

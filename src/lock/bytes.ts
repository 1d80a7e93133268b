// Small byte helpers for the lock: text to bytes, joining, random bytes and best-effort wiping.
import { LockError } from './errors';

const encoder = new TextEncoder();

/** The UTF-8 bytes of `text`. */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}

/** `parts` joined into one new array. */
export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** `bytes` as lowercase hexadecimal (for binding public values into a text). */
export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** `length` bytes from the platform's cryptographic random source. */
export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** True when both arrays hold the same bytes. Only for public values (not constant-time). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/**
 * Overwrites secret bytes with zeros once they are used. Best effort: a JavaScript engine may
 * have copied them before (docs/security.md, "App lock: design", honest limits).
 */
export function wipe(bytes: Uint8Array): void {
  bytes.fill(0);
}

/** The SHA-256 digest of `data`. */
export async function sha256(data: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', data));
}

/**
 * Throws LockError `unsupported` where WebCrypto is missing: browsers offer `crypto.subtle`
 * only in a secure context (https or localhost), and the lock cannot work without it.
 */
export function requireWebCrypto(): void {
  if (typeof globalThis.crypto?.subtle?.encrypt !== 'function') throw new LockError('unsupported');
}

// Standard base64 (RFC 4648 §4, with padding) and lowercase base32 (§6, no padding) for keys
// and signatures: short, fixed-length values only, so plain loops are clear and fast enough.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** Bytes as standard base64 with `=` padding. */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += B64[(n >> 18) & 63];
    out += B64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? B64[n & 63] : '=';
  }
  return out;
}

/**
 * Standard base64 (padded) back to bytes; null for anything else, including a non-canonical
 * encoding (unused bits set), so one value has exactly one spelling.
 */
export function fromBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let j = 0; j < 4; j++) {
      const ch = text[i + j] ?? '=';
      n = (n << 6) | (ch === '=' ? 0 : B64.indexOf(ch));
    }
    const bytes = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
    for (const byte of bytes) if (o < out.length) out[o++] = byte;
  }
  return toBase64(out) === text ? out : null;
}

/** Bytes as lowercase base32 without padding (a-z, 2-7): survives lowercasing of a code. */
export function toBase32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += B32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += B32[(value << (5 - bits)) & 31];
  return out;
}

/** Lowercase unpadded base32 back to bytes; null for anything else or a non-canonical spelling. */
export function fromBase32(text: string): Uint8Array | null {
  if (!/^[a-z2-7]*$/.test(text)) return null;
  const out = new Uint8Array(Math.floor((text.length * 5) / 8));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (const ch of text) {
    value = (value << 5) | B32.indexOf(ch);
    bits += 5;
    if (bits >= 8) {
      out[o++] = (value >>> (bits - 8)) & 255;
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  return toBase32(out) === text ? out : null;
}

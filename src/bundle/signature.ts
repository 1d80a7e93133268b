// A bundle's signature: Ed25519 over the exact bytes of its payload JSON, carried inside the
// encryption as the JSON's last member. The writer signs `{"manifest":…,"records":{…}}` as
// written and replaces its final `}` with `,"signature":"<base64>"}`; a reader takes those
// 104 bytes off again, puts the `}` back and has the signed bytes. See docs/bundle-format.md.
import { fromBase64, toBase64 } from './base64';

/** What comes between the signed JSON (without its final `}`) and the signature. */
const OPEN = ',"signature":"';
/** What follows the signature. */
const CLOSE = '"}';
/** A 64-byte signature in padded base64. */
const SIGNATURE_CHARS = 88;
/** The bytes a signature adds at the end of the JSON, its final `}` included. */
export const TRAILER_LENGTH = OPEN.length + SIGNATURE_CHARS + CLOSE.length;

const CLOSE_BRACE = 0x7d;

/** The plaintext of a signed bundle: the signed JSON with the signature as its last member. */
export function appendSignature(signed: Uint8Array, signature: Uint8Array): Uint8Array[] {
  if (signed.at(-1) !== CLOSE_BRACE) throw new TypeError('The signed JSON must end with }.');
  const trailer = new TextEncoder().encode(`${OPEN}${toBase64(signature)}${CLOSE}`);
  // Chunks, not one copy: the payload can be megabytes and gzip takes it in pieces anyway.
  return [signed.subarray(0, signed.length - 1), trailer];
}

/** A decrypted plaintext split into the bytes that were signed and the signature, if any. */
export interface SplitPlaintext {
  /** The signed JSON (`{"manifest":…,"records":{…}}`), or the whole JSON of an unsigned file. */
  json: Uint8Array;
  /** The 64 signature bytes, or null when the file carries no signature trailer. */
  signature: Uint8Array | null;
}

/**
 * Takes the signature trailer off a plaintext. Works in place: the `,` before the trailer
 * becomes the signed JSON's final `}`, so megabytes are not copied; the caller gives up
 * `plaintext`.
 */
export function splitSignature(plaintext: Uint8Array): SplitPlaintext {
  const start = plaintext.length - TRAILER_LENGTH;
  if (start < 1) return { json: plaintext, signature: null };
  const tail = new TextDecoder().decode(plaintext.subarray(start));
  if (!tail.startsWith(OPEN) || !tail.endsWith(CLOSE)) return { json: plaintext, signature: null };
  const signature = fromBase64(tail.slice(OPEN.length, OPEN.length + SIGNATURE_CHARS));
  if (signature === null || signature.length !== 64) return { json: plaintext, signature: null };
  plaintext[start] = CLOSE_BRACE;
  return { json: plaintext.subarray(0, start + 1), signature };
}

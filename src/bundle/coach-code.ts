// The coach code: the coach's age recipient (`age1…`, what clients encrypt to), optionally
// followed by `+` and the coach's Ed25519 signing key in lowercase base32, so a client who
// adds the code also pins the key the coach's return files are signed with. Lowercase
// throughout: the code survives being retyped, lowercased or read from a QR code. A plain
// `age1…` code still works; its client pins the coach's key from the first return file.
import { fromBase32, fromBase64, toBase32, toBase64 } from './base64';

/** The separator between the recipient and the signing key. */
const PLUS = '+';

/** A coach code taken apart: the recipient, and the signing key (base64) if it carried one. */
export interface CoachCodeParts {
  recipient: string;
  signingKey?: string;
}

/** The code text for a recipient and, when given, a base64 signing key. */
export function coachCodeText(recipient: string, signingKey?: string): string {
  const raw = signingKey === undefined ? null : fromBase64(signingKey);
  if (raw === null || raw.length !== 32) return recipient;
  return `${recipient}${PLUS}${toBase32(raw)}`;
}

/**
 * Splits a pasted code (trimmed, lowercased) into its parts; null when the part after `+` is
 * not a 32-byte key in base32. The recipient itself is checked by the caller (age's rules).
 */
export function parseCoachCode(text: string): CoachCodeParts | null {
  const code = text.trim().toLowerCase();
  const at = code.indexOf(PLUS);
  if (at < 0) return { recipient: code };
  const raw = fromBase32(code.slice(at + 1));
  if (raw === null || raw.length !== 32) return null;
  return { recipient: code.slice(0, at), signingKey: toBase64(raw) };
}

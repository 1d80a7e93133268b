// X25519 keys: generating a coach identity, checking coach codes, and key files.
import { Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { parseIdentityFile } from '../domain/share/identity-file';
import { fingerprint } from './fingerprint';

export { parseIdentityFile };

/** A generated key pair: the secret identity, its public recipient and fingerprint. */
export interface KeyPair {
  /** The secret key, `AGE-SECRET-KEY-1…`. Never leaves the device unencrypted. */
  identity: string;
  /** The public key, `age1…`: the "coach code" a client encrypts to. */
  recipient: string;
  /** Short fingerprint of the recipient, to compare over the phone. */
  fingerprint: string;
}

/** Generates a new X25519 identity with its recipient and fingerprint. */
export async function generateKeyPair(): Promise<KeyPair> {
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  return { identity, recipient, fingerprint: await fingerprint(recipient) };
}

/** True when `s` is a plain X25519 age recipient (`age1…`), not a post-quantum or tag one. */
export function isX25519Recipient(s: string): boolean {
  if (!s.startsWith('age1') || s.startsWith('age1pq1') || s.startsWith('age1tag')) return false;
  try {
    // The library validates the bech32 checksum and key length when adding a recipient.
    new Encrypter().addRecipient(s);
    return true;
  } catch {
    return false;
  }
}

/** True when `s` is an X25519 age identity (`AGE-SECRET-KEY-1…`) with a valid checksum. */
export async function isX25519Identity(s: string): Promise<boolean> {
  if (!s.startsWith('AGE-SECRET-KEY-1')) return false;
  try {
    await identityToRecipient(s);
    return true;
  } catch {
    return false;
  }
}

/** The recipient (`age1…`) of an X25519 identity. */
export async function recipientOf(identity: string): Promise<string> {
  return identityToRecipient(identity);
}

/**
 * The line of a key file that carries the device's Ed25519 signing secret key. A comment to
 * age (which skips lines starting with `#`), so `age -d -i` still uses the file as it is.
 */
const SIGNING_LINE = '# koers signing key (secret, Ed25519): ';

/**
 * The identity file text age writes: comments with the date and public key, then the key.
 * With `signingSecretKey` (base64), a comment line carries the device's signing key too, so
 * a device restored from the file goes on signing as itself.
 */
export async function identityFileText(
  identity: string,
  createdAt = new Date(),
  signingSecretKey?: string,
): Promise<string> {
  const recipient = await identityToRecipient(identity);
  const signing = signingSecretKey ? `${SIGNING_LINE}${signingSecretKey}\n` : '';
  return `# created: ${createdAt.toISOString()}\n# public key: ${recipient}\n${signing}${identity}\n`;
}

/** The signing secret key (base64) a key file carries, if any: one line, 32 bytes. */
export function parseSigningLine(text: string): string | null {
  const found = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.startsWith(SIGNING_LINE))
    .map((l) => l.slice(SIGNING_LINE.length));
  const [only] = found;
  return found.length === 1 &&
    only !== undefined &&
    /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/.test(only)
    ? only
    : null;
}

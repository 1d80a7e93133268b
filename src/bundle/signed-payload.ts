// Signing a payload JSON on the way out and checking its signature on the way in. The
// signature covers the exact bytes written (see signature.ts); the key that made it is named
// inside those bytes, in `manifest.sender.signingKey`. Whether that key is the one this
// device expects for the sender is decided later, against the pinned keys (trust.ts).
import { BundleError } from './errors';
import type { BundlePayload } from './format';
import type { BundleLimits } from './limits';
import { appendSignature, splitSignature } from './signature';
import {
  isSigningPublicKey,
  signBytes,
  signingFingerprint,
  signingKeyOf,
  verifyBytes,
} from './signing';
import { checkFormatAndVersion, parseJson, validatePayload } from './validate';

/** The key a writer signs with: the secret, and the public key its manifest names. */
export interface Signer {
  secretKey: string;
  publicKey: string;
}

/** What the reader found out about a file's signature. */
export type SignatureCheck =
  /** Signed, and the signature verifies under the public key the manifest names. */
  | { state: 'signed'; publicKey: string; fingerprint: string }
  /** No signature: every file made before format 4, or one made by hand. */
  | { state: 'unsigned' };

/** A decrypted, validated bundle and what its signature says. */
export interface OpenedBundle extends BundlePayload {
  signature: SignatureCheck;
}

/** The part of the JSON before the records: `{"manifest":…,"records":{`. */
const HEAD = '{"manifest":';
const RECORDS = ',"records":{';

/**
 * Throws unless the payload's manifest names `publicKey` as the signing key: a file whose
 * manifest names another key would fail on every reader, so it is never written.
 */
function checkNamedKey(first: string | undefined, publicKey: string): void {
  let named: unknown;
  if (first?.startsWith(HEAD) && first.endsWith(RECORDS)) {
    try {
      const manifest = JSON.parse(first.slice(HEAD.length, -RECORDS.length)) as {
        sender?: { signingKey?: unknown };
      };
      named = manifest.sender?.signingKey;
    } catch {
      named = undefined;
    }
  }
  if (named !== publicKey) {
    throw new BundleError(
      'invalid-contents',
      'Cannot export: the manifest does not name the key that signs the file.',
      { path: 'manifest.sender.signingKey' },
    );
  }
}

/**
 * The plaintext of a signed bundle, in chunks for gzip: the payload JSON (given in parts, as
 * export-json.ts makes it) signed as UTF-8 bytes, with the signature appended.
 */
export async function signPayloadJson(
  parts: readonly string[],
  signer: Signer,
): Promise<Uint8Array[]> {
  checkNamedKey(parts[0], signer.publicKey);
  const json = new TextEncoder().encode(parts.join(''));
  return appendSignature(json, await signBytes(signer.secretKey, json));
}

/** An invalid-contents error at `path`. */
function invalid(message: string, path: string): BundleError {
  return new BundleError('invalid-contents', message, { path });
}

/** Verifies the signature against the key the (not yet validated) manifest names. */
async function verifySignature(
  root: Record<string, unknown>,
  json: Uint8Array,
  signature: Uint8Array,
): Promise<SignatureCheck> {
  const manifest = root.manifest as Record<string, unknown>;
  const sender = manifest.sender as Record<string, unknown> | undefined;
  const key = typeof sender === 'object' && sender !== null ? sender.signingKey : undefined;
  if (typeof key !== 'string' || !isSigningPublicKey(key)) {
    throw invalid(
      'The bundle is signed but does not name a valid signing key.',
      'manifest.sender.signingKey',
    );
  }
  if (!(await verifyBytes(key, json, signature))) {
    throw new BundleError(
      'bad-signature',
      'The signature does not match the contents: the file was changed after it was signed.',
    );
  }
  return { state: 'signed', publicKey: key, fingerprint: await signingFingerprint(key) };
}

/**
 * Checks what only a backup may carry: the device's signing secret key (which must belong to
 * the key that signed the file) and its pinned keys.
 */
async function checkBackupKeys(payload: BundlePayload, check: SignatureCheck): Promise<void> {
  const { manifest } = payload;
  const backup = manifest.kind === 'backup';
  if (manifest.senderKeys !== undefined && !backup) {
    throw invalid('Only a backup carries the keys a device pinned.', 'manifest.senderKeys');
  }
  if (manifest.signingSecretKey === undefined) return;
  if (!backup) {
    throw invalid('Only a backup carries a signing secret key.', 'manifest.signingSecretKey');
  }
  const own = await signingKeyOf(manifest.signingSecretKey);
  if (check.state !== 'signed' || own.publicKey !== check.publicKey) {
    throw invalid(
      'The backup carries a signing key other than the one that signed it.',
      'manifest.signingSecretKey',
    );
  }
}

/**
 * Reads a decompressed plaintext: takes the signature off, parses the signed bytes, checks
 * the format and version first, then the signature, then validates everything. Throws
 * not-a-bundle, newer-version, bad-signature, invalid-contents or too-large.
 */
export async function openPayloadJson(
  plaintext: Uint8Array,
  limits: BundleLimits,
): Promise<OpenedBundle> {
  const { json, signature } = splitSignature(plaintext);
  const root = checkFormatAndVersion(parseJson(json));
  // The signature is the last member of the plaintext and never part of the signed bytes.
  if (Object.hasOwn(root, 'signature')) {
    throw invalid('The signature is not written the way the format prescribes.', 'signature');
  }
  const check: SignatureCheck =
    signature === null ? { state: 'unsigned' } : await verifySignature(root, json, signature);
  const payload = validatePayload(root, limits);
  await checkBackupKeys(payload, check);
  return { ...payload, signature: check };
}

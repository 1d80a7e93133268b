// Ed25519 signing keys: made once per device, they sign a bundle's exact payload bytes and
// verify other devices' bundles. WebCrypto signs at native speed where the platform has
// Ed25519 (megabytes of JSON are hashed twice per signature); @noble/curves serves where it
// has not (Safari before 17). Ed25519 is deterministic: both give the very same signature.
import { ed25519 } from '@noble/curves/ed25519.js';
import { fromBase64, toBase64 } from './base64';
import { fingerprintOf } from './fingerprint';

/** A device's signing key as stored and as a backup carries it. */
export interface SigningKey {
  /** The 32-byte Ed25519 secret key (RFC 8032 seed), base64. Never leaves the device unencrypted. */
  secretKey: string;
  /** The 32-byte Ed25519 public key, base64: what bundles name as `sender.signingKey`. */
  publicKey: string;
  /** Crockford fingerprint of the public key, to compare aloud. */
  fingerprint: string;
}

/** The DER prefix that makes a 32-byte Ed25519 seed a PKCS #8 private key (RFC 8410). */
const PKCS8_PREFIX = Uint8Array.from([
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
]);

/** RFC 8032 §7.1 test 1: the known answer that proves a platform's Ed25519 before we use it. */
const KAT = {
  secret: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
  signature:
    'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
};

/** Hex to bytes (constants only). */
function hexBytes(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g) ?? [], (h) => Number.parseInt(h, 16));
}

/** A signing backend: signs and verifies with raw 32-byte keys. */
export interface SigningBackend {
  sign(secret: Uint8Array, message: Uint8Array): Promise<Uint8Array>;
  verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): Promise<boolean>;
}

const ED25519 = { name: 'Ed25519' } as const;
type Buffered = Uint8Array<ArrayBuffer>;

/** The platform's WebCrypto Ed25519. */
export const webCryptoBackend: SigningBackend = {
  async sign(secret, message) {
    const pkcs8 = new Uint8Array(PKCS8_PREFIX.length + 32);
    pkcs8.set(PKCS8_PREFIX);
    pkcs8.set(secret, PKCS8_PREFIX.length);
    const key = await crypto.subtle.importKey('pkcs8', pkcs8, ED25519, false, ['sign']);
    return new Uint8Array(await crypto.subtle.sign(ED25519, key, message as Buffered));
  },
  async verify(publicKey, message, signature) {
    const key = await crypto.subtle.importKey('raw', publicKey as Buffered, ED25519, false, [
      'verify',
    ]);
    return crypto.subtle.verify(ED25519, key, signature as Buffered, message as Buffered);
  },
};

/** @noble/curves' Ed25519 (pure JavaScript), with RFC 8032's strict rules on verify. */
export const nobleBackend: SigningBackend = {
  sign: async (secret, message) => ed25519.sign(message, secret),
  verify: async (publicKey, message, signature) =>
    ed25519.verify(signature, message, publicKey, { zip215: false }),
};

let chosen: Promise<SigningBackend> | undefined;

/** WebCrypto when it signs the RFC 8032 test vector correctly, else @noble/curves. */
function backend(): Promise<SigningBackend> {
  chosen ??= (async () => {
    try {
      const signature = await webCryptoBackend.sign(hexBytes(KAT.secret), new Uint8Array(0));
      if (signature.length === 64 && toBase64(signature) === toBase64(hexBytes(KAT.signature))) {
        return webCryptoBackend;
      }
    } catch {
      // No Ed25519 in this platform's WebCrypto: the pure-JavaScript one follows.
    }
    return nobleBackend;
  })();
  return chosen;
}

/** The raw bytes of a public key if it is one we accept: 32 bytes, a valid point, not small order. */
export function publicKeyBytes(publicKey: string): Uint8Array | null {
  const bytes = fromBase64(publicKey);
  if (bytes === null || bytes.length !== 32) return null;
  try {
    // A small-order key would let anyone make signatures that verify under it.
    return ed25519.Point.fromBytes(bytes).isSmallOrder() ? null : bytes;
  } catch {
    return null;
  }
}

/** True when `publicKey` is a base64 Ed25519 public key we accept. */
export function isSigningPublicKey(publicKey: string): boolean {
  return publicKeyBytes(publicKey) !== null;
}

/** The raw seed of a base64 secret key, or null when it is not 32 bytes. */
function secretBytes(secretKey: string): Uint8Array | null {
  const bytes = fromBase64(secretKey);
  return bytes !== null && bytes.length === 32 ? bytes : null;
}

/** The fingerprint of a base64 public key (SHA-256 of its 32 raw bytes; see fingerprintOf). */
export async function signingFingerprint(publicKey: string): Promise<string> {
  const bytes = fromBase64(publicKey);
  if (bytes === null) throw new TypeError('Not a signing key.');
  return fingerprintOf(bytes);
}

/** The whole key of a base64 secret key; throws a TypeError when it is not one. */
export async function signingKeyOf(secretKey: string): Promise<SigningKey> {
  const secret = secretBytes(secretKey);
  if (secret === null) throw new TypeError('Not a signing secret key.');
  const publicKey = toBase64(ed25519.getPublicKey(secret));
  return { secretKey, publicKey, fingerprint: await signingFingerprint(publicKey) };
}

/** True when `secretKey` is a base64 32-byte Ed25519 secret key. */
export function isSigningSecretKey(secretKey: string): boolean {
  return secretBytes(secretKey) !== null;
}

/** Makes a new signing key from 32 random bytes of the platform's CSPRNG. */
export function generateSigningKey(): Promise<SigningKey> {
  return signingKeyOf(toBase64(crypto.getRandomValues(new Uint8Array(32))));
}

/** The 64-byte Ed25519 signature of `message` (pure Ed25519, RFC 8032, no prehash). */
export async function signBytes(secretKey: string, message: Uint8Array): Promise<Uint8Array> {
  const secret = secretBytes(secretKey);
  if (secret === null) throw new TypeError('Not a signing secret key.');
  return (await backend()).sign(secret, message);
}

/** True when `signature` is a valid Ed25519 signature of `message` by `publicKey`. */
export async function verifyBytes(
  publicKey: string,
  message: Uint8Array,
  signature: Uint8Array,
): Promise<boolean> {
  const key = publicKeyBytes(publicKey);
  if (key === null || signature.length !== 64) return false;
  try {
    return await (await backend()).verify(key, message, signature);
  } catch {
    return false;
  }
}

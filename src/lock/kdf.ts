// Key derivation for the passphrase wrapper: Argon2id (memory-hard, in WebAssembly from
// hash-wasm) where WebAssembly runs, PBKDF2-SHA-256 through WebCrypto where it does not.
// Parameters are data, stored in the wrapper, so later devices can raise them and still open
// older wrappers. hash-wasm is imported on demand: it never enters the first-load JS.
import { utf8, wipe } from './bytes';

/** Argon2id parameters as recorded in a wrapper (memory in KiB, as RFC 9106 counts it). */
export interface Argon2idParams {
  name: 'argon2id';
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/** PBKDF2-SHA-256 parameters as recorded in a wrapper. */
export interface Pbkdf2Params {
  name: 'pbkdf2-sha256';
  iterations: number;
}

/** How a passphrase becomes a wrapping key. */
export type PassphraseKdf = Argon2idParams | Pbkdf2Params;

/**
 * The Argon2id parameters for new wrappers: 64 MiB, 3 passes, 1 lane (RFC 9106's second
 * recommended choice with one lane, as a phone's WebAssembly runs one thread). About 0.7 s in
 * Node on the test machine; see docs/decisions.md "App lock" for the measured times.
 */
export const ARGON2ID_DEFAULT: Argon2idParams = {
  name: 'argon2id',
  memoryKiB: 64 * 1024,
  iterations: 3,
  parallelism: 1,
};

/** The PBKDF2 fallback for new wrappers: OWASP's 600,000 iterations of HMAC-SHA-256. */
export const PBKDF2_DEFAULT: Pbkdf2Params = { name: 'pbkdf2-sha256', iterations: 600_000 };

/** Length of a passphrase salt in bytes. */
export const SALT_BYTES = 16;

/** True when the parameters are at least as strong as the defaults for new wrappers. */
export function meetsPolicy(kdf: PassphraseKdf): boolean {
  return kdf.name === 'argon2id'
    ? kdf.memoryKiB >= ARGON2ID_DEFAULT.memoryKiB &&
        kdf.iterations >= ARGON2ID_DEFAULT.iterations &&
        kdf.parallelism >= 1
    : kdf.iterations >= PBKDF2_DEFAULT.iterations;
}

/**
 * True when a passphrase wrapper made with `current` should be made again with `here` (this
 * device's KDF for new wrappers): it is below today's floor, or it is PBKDF2 (made where
 * WebAssembly did not run) and Argon2id runs here now. Memory-hard Argon2id costs an attacker
 * with graphics cards far more per guess than PBKDF2 does.
 */
export function shouldStrengthen(current: PassphraseKdf, here: PassphraseKdf): boolean {
  if (!meetsPolicy(here)) return false;
  return !meetsPolicy(current) || (current.name === 'pbkdf2-sha256' && here.name === 'argon2id');
}

/**
 * True when this environment can run WebAssembly: a tiny module is compiled, since a CSP
 * without 'wasm-unsafe-eval' leaves the `WebAssembly` object in place but refuses to compile.
 */
export async function webAssemblyRuns(): Promise<boolean> {
  if (typeof WebAssembly === 'undefined') return false;
  try {
    // The smallest valid module: magic number and version.
    await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
    return true;
  } catch {
    return false;
  }
}

/** The KDF for a new passphrase wrapper here: Argon2id where WebAssembly runs, else PBKDF2. */
export async function defaultPassphraseKdf(): Promise<PassphraseKdf> {
  return (await webAssemblyRuns()) ? ARGON2ID_DEFAULT : PBKDF2_DEFAULT;
}

/** The 32-byte wrapping key for `passphrase` and `salt` under `kdf`, as raw bytes. */
export async function derivePassphraseBytes(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  kdf: PassphraseKdf,
): Promise<Uint8Array<ArrayBuffer>> {
  // NFC: the same passphrase typed on another keyboard may arrive in another normal form.
  const secret = utf8(passphrase.normalize('NFC'));
  try {
    if (kdf.name === 'argon2id') {
      const { argon2id } = await import('hash-wasm');
      const out = await argon2id({
        password: secret,
        salt,
        memorySize: kdf.memoryKiB,
        iterations: kdf.iterations,
        parallelism: kdf.parallelism,
        hashLength: 32,
        outputType: 'binary',
      });
      return new Uint8Array(out);
    }
    const base = await crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveBits']);
    const bits = await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: kdf.iterations },
      base,
      256,
    );
    return new Uint8Array(bits);
  } finally {
    wipe(secret);
  }
}

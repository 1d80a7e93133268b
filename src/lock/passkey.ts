// Passkeys for the app lock, on the page (WebAuthn lives on the window, not in workers): making
// a passkey with the PRF extension and asking it for its PRF output over a stored input. The
// output (32 bytes, the same for the same passkey and input, never leaving the authenticator
// otherwise) is the secret a passkey wrapper is made from. There is no server: the challenge
// is random and nothing is verified against it; the lock's proof is the wrapping itself.
import { randomBytes } from './bytes';
import { LockError } from './errors';
import { PRF_SALT_BYTES } from './prf-salt';
import type { PasskeySecret } from './wrapper';

/** How long the browser waits for the person to use the passkey. */
const CEREMONY_MS = 120_000;

/** The PRF extension's part of a credential's client extension results. */
interface PrfResults {
  enabled?: boolean;
  results?: { first?: BufferSource };
}

function prfOf(credential: Credential | null): PrfResults | undefined {
  if (!(credential instanceof PublicKeyCredential)) return undefined;
  const results = credential.getClientExtensionResults() as { prf?: PrfResults };
  return results.prf;
}

function bytesOf(source: BufferSource): Uint8Array<ArrayBuffer> {
  const view = ArrayBuffer.isView(source)
    ? new Uint8Array(source.buffer, source.byteOffset, source.byteLength)
    : new Uint8Array(source);
  return new Uint8Array(view);
}

/** A refused or timed-out ceremony is the person's choice; anything else passes on. */
function ceremonyError(error: unknown): unknown {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'NotAllowedError' || name === 'AbortError') {
    return new LockError('passkey-cancelled', undefined, { cause: error });
  }
  if (name === 'NotSupportedError' || name === 'SecurityError') {
    return new LockError('passkey-unsupported', undefined, { cause: error });
  }
  return error;
}

/**
 * Whether this browser can make passkeys that may carry the PRF extension. A true answer is
 * a hope, not a promise: whether the chosen authenticator supports PRF shows only when the
 * passkey is made (LockError `passkey-unsupported` then).
 */
export async function passkeysPossible(): Promise<boolean> {
  if (typeof PublicKeyCredential === 'undefined' || !window.isSecureContext) return false;
  const capabilities = (
    PublicKeyCredential as unknown as {
      getClientCapabilities?: () => Promise<Record<string, boolean | undefined>>;
    }
  ).getClientCapabilities;
  if (typeof capabilities !== 'function') return true;
  try {
    const answer = await capabilities.call(PublicKeyCredential);
    return Object.hasOwn(answer, 'extension:prf') ? answer['extension:prf'] !== false : true;
  } catch {
    return true;
  }
}

/**
 * The PRF output of the passkey `credentialId` over `prfSalt`: the person is asked to use the
 * passkey (fingerprint, face, device PIN). Throws LockError `passkey-cancelled` when they do
 * not (or the passkey is not on this device), `passkey-unsupported` when it gives no output.
 */
export async function passkeyOutput(
  credentialId: Uint8Array<ArrayBuffer>,
  prfSalt: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  let credential: Credential | null;
  try {
    credential = await navigator.credentials.get({
      publicKey: {
        challenge: randomBytes(32),
        allowCredentials: [{ type: 'public-key', id: credentialId }],
        userVerification: 'required',
        timeout: CEREMONY_MS,
        extensions: { prf: { eval: { first: prfSalt } } } as AuthenticationExtensionsClientInputs,
      },
    });
  } catch (error) {
    throw ceremonyError(error);
  }
  const first = prfOf(credential)?.results?.first;
  if (first === undefined) throw new LockError('passkey-unsupported');
  return bytesOf(first);
}

/**
 * Makes a new passkey for the lock of this device and reads its PRF output over a new random
 * input. `names` are what the passkey manager shows. Throws LockError `passkey-cancelled` or
 * `passkey-unsupported` (the authenticator has no PRF).
 */
export async function makePasskey(names: { site: string; user: string }): Promise<PasskeySecret> {
  const prfSalt = randomBytes(PRF_SALT_BYTES);
  let credential: Credential | null;
  try {
    credential = await navigator.credentials.create({
      publicKey: {
        rp: { name: names.site },
        // A random handle: the passkey names no person, only this device's lock.
        user: { id: randomBytes(16), name: names.user, displayName: names.user },
        challenge: randomBytes(32),
        pubKeyCredParams: [
          { type: 'public-key', alg: -7 },
          { type: 'public-key', alg: -257 },
        ],
        authenticatorSelection: { residentKey: 'discouraged', userVerification: 'required' },
        timeout: CEREMONY_MS,
        extensions: { prf: { eval: { first: prfSalt } } } as AuthenticationExtensionsClientInputs,
      },
    });
  } catch (error) {
    throw ceremonyError(error);
  }
  const prf = prfOf(credential);
  if (!(credential instanceof PublicKeyCredential) || prf?.enabled !== true) {
    throw new LockError('passkey-unsupported');
  }
  const credentialId = new Uint8Array(credential.rawId);
  // Some authenticators evaluate the PRF while making the passkey; the others only when it
  // is used, so the person is asked once more.
  const first = prf.results?.first;
  const prfOutput =
    first === undefined ? await passkeyOutput(credentialId, prfSalt) : bytesOf(first);
  return { credentialId, prfSalt, prfOutput };
}

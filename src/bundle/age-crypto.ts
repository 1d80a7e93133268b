// age encryption and decryption with precise errors: wrong passphrase, wrong key, or damage.
import { armor, Decrypter, Encrypter } from 'age-encryption';
import { BundleError } from './errors';
import { fingerprint } from './fingerprint';
import { isX25519Identity, isX25519Recipient, recipientOf } from './keys';
import {
  type BundleLimits,
  DEFAULT_WORK_FACTOR,
  MAX_WORK_FACTOR,
  MIN_WORK_FACTOR,
  resolveLimits,
} from './limits';
import { type AgeHeaderInfo, inspectHeader } from './sniff';
import { chunkedStream, collect } from './streams';

/** Who can open the file: one passphrase, or a list of X25519 recipients. */
export type EncryptTarget =
  | {
      type: 'passphrase';
      passphrase: string;
      /** From calibration; clamped to [MIN_WORK_FACTOR, MAX_WORK_FACTOR]. */
      workFactor?: number;
      /** Tests only: a work factor below the minimum, to keep scrypt fast. Never in the app. */
      testOnlyInsecureWorkFactor?: number;
    }
  | { type: 'recipients'; recipients: string[] };

/** What the reader holds: a passphrase, or an X25519 identity (`AGE-SECRET-KEY-1…`). */
export type Credential =
  | { type: 'passphrase'; passphrase: string }
  | { type: 'identity'; identity: string };

/** Progress of a long step, as a fraction in [0, 1] where known. */
export interface Progress {
  stage:
    | 'deriving-key'
    | 'encrypting'
    | 'decrypting'
    | 'compressing'
    | 'decompressing'
    | 'validating';
  fraction?: number;
}

/** Receives progress events. */
export type ProgressListener = (p: Progress) => void;

/** The scrypt work factor actually used for a passphrase target. */
export function effectiveWorkFactor(
  target: Extract<EncryptTarget, { type: 'passphrase' }>,
): number {
  if (target.testOnlyInsecureWorkFactor !== undefined) return target.testOnlyInsecureWorkFactor;
  const wanted = target.workFactor ?? DEFAULT_WORK_FACTOR;
  return Math.min(MAX_WORK_FACTOR, Math.max(MIN_WORK_FACTOR, Math.round(wanted)));
}

/** Encrypts `plaintext` to an age file, binary or ASCII-armored. */
export async function encryptAge(
  plaintext: Uint8Array,
  target: EncryptTarget,
  options: { armor?: boolean; onProgress?: ProgressListener } = {},
): Promise<Uint8Array> {
  const e = new Encrypter();
  if (target.type === 'passphrase') {
    if (target.passphrase.length === 0) throw new TypeError('The passphrase is empty.');
    e.setScryptWorkFactor(effectiveWorkFactor(target));
    e.setPassphrase(target.passphrase);
    options.onProgress?.({ stage: 'deriving-key' });
  } else {
    const unique = [...new Set(target.recipients.map((r) => r.trim()))];
    if (unique.length === 0) throw new TypeError('At least one recipient key is needed.');
    for (const r of unique) {
      if (!isX25519Recipient(r)) throw new TypeError(`Not a valid coach code: ${r.slice(0, 12)}…`);
      e.addRecipient(r);
    }
  }
  const total = plaintext.length;
  const stream = await e.encrypt(
    chunkedStream(plaintext, (done) =>
      options.onProgress?.({ stage: 'encrypting', fraction: total === 0 ? 1 : done / total }),
    ),
  );
  const binary = await collect(stream, Number.MAX_SAFE_INTEGER, 'output');
  return options.armor ? new TextEncoder().encode(armor.encode(binary)) : binary;
}

/** Messages of age-encryption 0.3.1 (pinned); tests with crafted files pin this mapping. */
const NO_IDENTITY_MATCHED = 'no identity matched any of the file';
const BAD_HEADER_MAC = 'invalid header HMAC';

/** Unwraps the file key from the header, mapping each failure to its BundleError kind. */
async function unwrapFileKey(info: AgeHeaderInfo, credential: Credential): Promise<Uint8Array> {
  const d = new Decrypter();
  let tried: string | undefined;
  if (credential.type === 'passphrase') {
    if (info.mode !== 'passphrase') {
      throw new BundleError(
        'wrong-passphrase',
        'This bundle was encrypted for a key, not with a passphrase. Open it with your key.',
        { needs: 'key' },
      );
    }
    d.addPassphrase(credential.passphrase);
  } else {
    const identity = credential.identity.trim();
    if (!(await isX25519Identity(identity))) {
      throw new BundleError('not-for-your-key', 'The key given is not a valid age secret key.');
    }
    tried = await fingerprint(await recipientOf(identity));
    if (info.mode !== 'key') {
      throw new BundleError(
        'not-for-your-key',
        'This bundle is protected with a passphrase, not with a key. Enter the passphrase.',
        { needs: 'passphrase', triedFingerprint: tried },
      );
    }
    d.addIdentity(identity);
  }
  try {
    return await d.decryptHeader(info.binary.subarray(0, info.headerLength));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (message.startsWith(NO_IDENTITY_MATCHED)) {
      if (credential.type === 'passphrase') {
        // A damaged scrypt stanza body looks the same; the message admits that.
        throw new BundleError(
          'wrong-passphrase',
          'The passphrase is not correct (or the file is damaged).',
          {},
          e,
        );
      }
      throw new BundleError(
        'not-for-your-key',
        `This bundle was not encrypted for your key (${tried ?? 'unknown'}).`,
        { triedFingerprint: tried ?? '' },
        e,
      );
    }
    if (message === BAD_HEADER_MAC) {
      throw new BundleError(
        'damaged',
        'The bundle is damaged (its header does not check out).',
        {},
        e,
      );
    }
    throw new BundleError('damaged', 'The bundle is damaged or incomplete.', {}, e);
  }
}

/** Decrypts an age file (binary or armored); throws BundleError with the precise kind. */
export async function decryptAge(
  bytes: Uint8Array,
  credential: Credential,
  options: { limits?: Partial<BundleLimits>; onProgress?: ProgressListener } = {},
): Promise<{ plaintext: Uint8Array; info: AgeHeaderInfo }> {
  const limits = resolveLimits(options.limits);
  const info = inspectHeader(bytes, limits);
  if (info.mode === 'passphrase') options.onProgress?.({ stage: 'deriving-key' });
  const fileKey = await unwrapFileKey(info, credential);
  // Reuse the unwrapped key so scrypt runs once, not again for the payload.
  const d = new Decrypter();
  d.addIdentity({ unwrapFileKey: () => fileKey });
  const total = info.binary.length;
  try {
    const out = await d.decrypt(
      chunkedStream(info.binary, (done) =>
        options.onProgress?.({ stage: 'decrypting', fraction: done / total }),
      ),
    );
    // The payload can only be smaller than the file it came from.
    const plaintext = await collect(out, total, 'maxFileBytes');
    return { plaintext, info };
  } catch (e) {
    if (e instanceof BundleError) throw e;
    throw new BundleError('damaged', 'The bundle is damaged or incomplete.', {}, e);
  }
}

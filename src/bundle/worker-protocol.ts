// Messages between the UI and the crypto worker, and the handler that serves them (no DOM).
import type { Credential, EncryptTarget, Progress } from './age-crypto';
import {
  type BundleInfo,
  type BundleInput,
  encryptJson,
  exportBundle,
  importBundle,
  inspectBundle,
} from './bundle';
import { timeScrypt } from './calibrate';
import { coachCodeText, parseCoachCode } from './coach-code';
import { BundleError, type SerializedBundleError, serializeBundleError } from './errors';
import { fingerprint } from './fingerprint';
import { decryptIdentityFile, encryptIdentityFile } from './key-file';
import { generateKeyPair, isX25519Recipient, type KeyPair, recipientOf } from './keys';
import type { BundleLimits } from './limits';
import type { OpenedBundle, Signer } from './signed-payload';
import {
  generateSigningKey,
  isSigningPublicKey,
  type SigningKey,
  signingFingerprint,
  signingKeyOf,
} from './signing';

/** A pasted coach code, checked: its parts and the fingerprint to compare with the coach. */
export interface CheckedCoachCode {
  recipient: string;
  /** The fingerprint of the recipient (as on the coach's card and in "your key" lists). */
  fingerprint: string;
  /** The coach's signing key (base64) and its fingerprint, when the code carried it. */
  signingKey?: string;
  signingFingerprint?: string;
}

/** A key file's contents with the signing key worked out (public part and fingerprint). */
export interface RestoredKeyFile {
  identity: string;
  signing?: SigningKey;
}

/** Each operation with its parameters and its result type. */
export interface Operations {
  /** Builds, signs, compresses and encrypts a bundle (the coach's return). */
  export: {
    params: { input: BundleInput; target: EncryptTarget; signer: Signer; armor?: boolean };
    result: Uint8Array;
  };
  /** Signs, compresses and encrypts a payload JSON the UI built and checked (export-json.ts). */
  encryptJson: {
    params: { parts: string[]; target: EncryptTarget; signer: Signer; armor?: boolean };
    result: Uint8Array;
  };
  import: {
    params: { bytes: Uint8Array; credential: Credential; limits?: Partial<BundleLimits> };
    result: OpenedBundle;
  };
  inspect: { params: { bytes: Uint8Array }; result: BundleInfo };
  generateKey: { params: Record<string, never>; result: KeyPair };
  /** A new Ed25519 signing key for this device. */
  generateSigningKey: { params: Record<string, never>; result: SigningKey };
  /** A key file of `identity`; with `signingSecretKey`, it carries the device's signing key. */
  encryptKeyFile: {
    params: {
      identity: string;
      passphrase: string;
      workFactor?: number;
      signingSecretKey?: string;
    };
    result: Uint8Array;
  };
  decryptKeyFile: { params: { bytes: Uint8Array; passphrase: string }; result: RestoredKeyFile };
  /** Milliseconds of one scrypt run at PROBE_WORK_FACTOR, to choose the work factor. */
  calibrate: { params: Record<string, never>; result: number };
  /** Checks a pasted coach code (with or without a signing key); null when it is not one. */
  checkCoachCode: { params: { code: string }; result: CheckedCoachCode | null };
  /** The coach code text of a recipient and signing key. */
  coachCode: {
    params: { recipient: string; signingKey?: string };
    result: { code: string };
  };
  /** The recipient and fingerprint of a secret key (e.g. one restored from a key file). */
  describeIdentity: { params: { identity: string }; result: KeyPair };
}

/** An operation name. */
export type Operation = keyof Operations;

/** A request from the UI. */
export type WorkerRequest = {
  [K in Operation]: { id: number; op: K; params: Operations[K]['params'] };
}[Operation];

/** A message back to the UI: progress, a result or an error. */
export type WorkerResponse =
  | { id: number; type: 'progress'; progress: Progress }
  | {
      id: number;
      type: 'result';
      result: unknown;
      /** The result is JSON text for the client to parse (see handleRequest). */
      json?: true;
    }
  | {
      id: number;
      type: 'error';
      error: SerializedBundleError | { kind: 'internal'; message: string };
    };

/** Posts a response, transferring buffers where given. */
export type Post = (message: WorkerResponse, transfer?: Transferable[]) => void;

/** Runs one operation. */
async function run(req: WorkerRequest, onProgress: (p: Progress) => void): Promise<unknown> {
  switch (req.op) {
    case 'export':
      return exportBundle(req.params.input, req.params.target, req.params.signer, {
        armor: req.params.armor ?? false,
        onProgress,
      });
    case 'encryptJson':
      return encryptJson(req.params.parts, req.params.target, req.params.signer, {
        armor: req.params.armor ?? false,
        onProgress,
      });
    case 'import':
      return importBundle(req.params.bytes, req.params.credential, {
        ...(req.params.limits ? { limits: req.params.limits } : {}),
        onProgress,
      });
    case 'inspect':
      return inspectBundle(req.params.bytes);
    case 'generateKey':
      return generateKeyPair();
    case 'generateSigningKey':
      return generateSigningKey();
    case 'encryptKeyFile':
      return encryptIdentityFile(req.params.identity, req.params.passphrase, {
        ...(req.params.workFactor === undefined ? {} : { workFactor: req.params.workFactor }),
        ...(req.params.signingSecretKey === undefined
          ? {}
          : { signingSecretKey: req.params.signingSecretKey }),
        onProgress,
      });
    case 'decryptKeyFile': {
      const contents = await decryptIdentityFile(req.params.bytes, req.params.passphrase);
      return contents.signingSecretKey === undefined
        ? { identity: contents.identity }
        : { identity: contents.identity, signing: await signingKeyOf(contents.signingSecretKey) };
    }
    case 'calibrate':
      return timeScrypt();
    case 'checkCoachCode':
      return checkCoachCode(req.params.code);
    case 'coachCode':
      return { code: coachCodeText(req.params.recipient, req.params.signingKey) };
    case 'describeIdentity': {
      const recipient = await recipientOf(req.params.identity);
      return {
        identity: req.params.identity,
        recipient,
        fingerprint: await fingerprint(recipient),
      };
    }
  }
}

/** Checks a pasted coach code: a valid recipient, and a valid signing key if it carries one. */
async function checkCoachCode(text: string): Promise<CheckedCoachCode | null> {
  const parts = parseCoachCode(text);
  if (parts === null || !isX25519Recipient(parts.recipient)) return null;
  if (parts.signingKey === undefined) {
    return { recipient: parts.recipient, fingerprint: await fingerprint(parts.recipient) };
  }
  if (!isSigningPublicKey(parts.signingKey)) return null;
  return {
    recipient: parts.recipient,
    fingerprint: await fingerprint(parts.recipient),
    signingKey: parts.signingKey,
    signingFingerprint: await signingFingerprint(parts.signingKey),
  };
}

/** Serves one request, posting progress events and then a result or an error. */
export async function handleRequest(req: WorkerRequest, post: Post): Promise<void> {
  try {
    const result = await run(req, (progress) => post({ id: req.id, type: 'progress', progress }));
    if (req.op === 'import') {
      // A payload of thousands of records crosses as one JSON string: copying a string and
      // JSON.parse on the UI thread cost far less than a structured clone of every record
      // (serialised here, deserialised there). A validated payload is plain JSON data.
      post({ id: req.id, type: 'result', result: JSON.stringify(result), json: true });
      return;
    }
    // Hand file bytes over instead of copying them.
    const transfer = result instanceof Uint8Array ? [result.buffer as ArrayBuffer] : [];
    post({ id: req.id, type: 'result', result }, transfer);
  } catch (e) {
    const error =
      e instanceof BundleError
        ? serializeBundleError(e)
        : { kind: 'internal' as const, message: e instanceof Error ? e.message : String(e) };
    post({ id: req.id, type: 'error', error });
  }
}

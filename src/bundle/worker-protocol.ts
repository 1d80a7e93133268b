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
import { BundleError, type SerializedBundleError, serializeBundleError } from './errors';
import { fingerprint } from './fingerprint';
import type { BundlePayload } from './format';
import { decryptIdentityFile, encryptIdentityFile } from './key-file';
import { generateKeyPair, isX25519Recipient, type KeyPair, recipientOf } from './keys';
import type { BundleLimits } from './limits';

/** Each operation with its parameters and its result type. */
export interface Operations {
  export: {
    params: { input: BundleInput; target: EncryptTarget; armor?: boolean };
    result: Uint8Array;
  };
  /** Compresses and encrypts a payload JSON the UI built and checked (export-json.ts). */
  encryptJson: {
    params: { parts: string[]; target: EncryptTarget; armor?: boolean };
    result: Uint8Array;
  };
  import: {
    params: { bytes: Uint8Array; credential: Credential; limits?: Partial<BundleLimits> };
    result: BundlePayload;
  };
  inspect: { params: { bytes: Uint8Array }; result: BundleInfo };
  generateKey: { params: Record<string, never>; result: KeyPair };
  encryptKeyFile: {
    params: { identity: string; passphrase: string; workFactor?: number };
    result: Uint8Array;
  };
  decryptKeyFile: { params: { bytes: Uint8Array; passphrase: string }; result: string };
  /** Milliseconds of one scrypt run at PROBE_WORK_FACTOR, to choose the work factor. */
  calibrate: { params: Record<string, never>; result: number };
  /** Checks a pasted coach code; its fingerprint when valid, null when not. */
  checkRecipient: { params: { recipient: string }; result: string | null };
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
      return exportBundle(req.params.input, req.params.target, {
        armor: req.params.armor ?? false,
        onProgress,
      });
    case 'encryptJson':
      return encryptJson(req.params.parts, req.params.target, {
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
    case 'encryptKeyFile':
      return encryptIdentityFile(req.params.identity, req.params.passphrase, {
        ...(req.params.workFactor === undefined ? {} : { workFactor: req.params.workFactor }),
        onProgress,
      });
    case 'decryptKeyFile':
      return decryptIdentityFile(req.params.bytes, req.params.passphrase);
    case 'calibrate':
      return timeScrypt();
    case 'checkRecipient': {
      const code = req.params.recipient.trim().toLowerCase();
      return isX25519Recipient(code) ? fingerprint(code) : null;
    }
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

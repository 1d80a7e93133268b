// The one error type every bundle step throws: a kind the UI can switch on, plus specifics.

/** Every way reading or writing a bundle can fail, one message per kind in the UI. */
export type BundleErrorKind =
  | 'not-a-bundle'
  | 'damaged'
  | 'wrong-passphrase'
  | 'not-for-your-key'
  | 'newer-version'
  | 'invalid-contents'
  | 'too-large';

/** Optional specifics: what was wrong where, and which key was tried. */
export interface BundleErrorDetails {
  /** For invalid-contents: the path of the offending value, e.g. `records.valuations[3].text`. */
  path?: string;
  /** For invalid-contents: the record type, record index and field that failed. */
  recordType?: string;
  recordIndex?: number;
  field?: string;
  /** For not-for-your-key: the fingerprint of the key that was tried. */
  triedFingerprint?: string;
  /** For not-for-your-key / wrong-passphrase: what the file actually needs. */
  needs?: 'passphrase' | 'key';
  /** For newer-version: the reader version the file asks for. */
  minReaderVersion?: number;
  /** For too-large: which limit, the limit and the value found. */
  limit?: string;
  max?: number;
  actual?: number;
}

/** A failure reading or writing a bundle; `kind` says which, `details` says where. */
export class BundleError extends Error {
  /** The kind of failure. */
  readonly kind: BundleErrorKind;
  /** Specifics for the message and for logs (never record contents). */
  readonly details: BundleErrorDetails;

  constructor(
    kind: BundleErrorKind,
    message: string,
    details: BundleErrorDetails = {},
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'BundleError';
    this.kind = kind;
    this.details = details;
  }
}

/** True when `e` is a BundleError (of the given kind, if one is given). */
export function isBundleError(e: unknown, kind?: BundleErrorKind): e is BundleError {
  return e instanceof BundleError && (kind === undefined || e.kind === kind);
}

/** The plain-object form of a BundleError, to cross a worker boundary. */
export interface SerializedBundleError {
  kind: BundleErrorKind;
  message: string;
  details: BundleErrorDetails;
}

/** Turns a BundleError into plain data for postMessage. */
export function serializeBundleError(e: BundleError): SerializedBundleError {
  return { kind: e.kind, message: e.message, details: e.details };
}

/** Rebuilds a BundleError from its plain-data form. */
export function deserializeBundleError(s: SerializedBundleError): BundleError {
  return new BundleError(s.kind, s.message, s.details);
}

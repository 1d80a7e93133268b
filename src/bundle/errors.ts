// The one error type every bundle step throws: a kind the UI can switch on, plus specifics.

/** Every way reading or writing a bundle can fail, one message per kind in the UI. */
export type BundleErrorKind =
  | 'not-a-bundle'
  | 'damaged'
  | 'wrong-passphrase'
  | 'not-for-your-key'
  | 'newer-version'
  | 'invalid-contents'
  | 'too-large'
  /** Signed, but the signature does not match the contents. */
  | 'bad-signature'
  /** Claims a sender whose files this device knows signed with another key. */
  | 'sender-key-changed'
  /** Unsigned, but claims a sender whose files this device knows to be signed. */
  | 'unsigned-known-sender'
  /** A backup of another device (or role) on a device with data of its own. */
  | 'not-own-backup'
  /** The crypto worker failed to load or stopped (out of memory) before it answered. */
  | 'worker-failed';

/** What exactly is wrong with invalid contents, where a path alone would not say it. */
export type ContentsProblem =
  | 'repeated-id'
  | 'unknown-type'
  | 'missing-type'
  | 'not-a-list'
  | 'records-not-by-type'
  | 'no-records'
  /** A record type the kind of file may not carry (a coach's note in a client's export). */
  | 'type-not-allowed'
  /** A coach's record for another client than this device's own profile. */
  | 'not-addressed-here'
  /** A coach's note in a return that is not marked for the client. */
  | 'note-not-for-client'
  /** Something only a backup carries (a client list, keys) in another kind of file. */
  | 'backup-only';

/** Optional specifics: what was wrong where, and which key was tried. */
export interface BundleErrorDetails {
  /** For invalid-contents: the path of the offending value, e.g. `records.valuations[3].text`. */
  path?: string;
  /** For invalid-contents: the record type, record index and field that failed. */
  recordType?: string;
  recordIndex?: number;
  field?: string | undefined;
  /** For invalid-contents: what is wrong, where the path alone does not say it. */
  problem?: ContentsProblem | undefined;
  /** For the sender checks: the name the file gives its sender. */
  senderName?: string;
  /** For sender-key-changed: the fingerprint this device expects, and the file's. */
  expectedFingerprint?: string;
  actualFingerprint?: string;
  /** For sender-key-changed: where the expected key came from. */
  expectedFrom?: 'pinned' | 'own' | 'coach-code';
  /** For not-own-backup: another device's backup, or a backup of the other role. */
  backupProblem?: 'other-device' | 'other-role';
  /** For not-own-backup of the other role: the role of the device the backup was made on. */
  backupRole?: 'client' | 'coach';
  /** For a write rule: the kind of file that broke it. */
  fileKind?: 'client-export' | 'backup' | 'coach-return';
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

// The one place where platform failures (IndexedDB, storage, crypto) become the app's own
// error kinds. Screens show the message for the kind; nothing else inspects raw errors.

/** Every failure the user can be told about, each with its own message. */
export type AppErrorKind =
  | 'storage-full'
  | 'database-upgrade-blocked'
  | 'database-newer'
  | 'database-closed'
  | 'storage-unavailable'
  | 'invalid-data'
  | 'not-found'
  | 'aborted'
  /** A stored record does not open (damaged under the app lock): trying again fails alike. */
  | 'damaged-record'
  | 'unknown';

/** An error the app understands: a kind for the message, and the original for diagnosis. */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly kind: AppErrorKind,
    readonly detail?: string,
    options?: { cause?: unknown },
  ) {
    super(detail ? `${kind}: ${detail}` : kind, options);
  }
}

const byName: Record<string, AppErrorKind> = {
  QuotaExceededError: 'storage-full',
  // Dexie wraps the DOMException; both names mean the disk or the origin's quota is full.
  DataCloneError: 'invalid-data',
  ConstraintError: 'invalid-data',
  DataError: 'invalid-data',
  VersionError: 'database-newer',
  BlockedError: 'database-upgrade-blocked',
  DatabaseClosedError: 'database-closed',
  InvalidStateError: 'database-closed',
  MissingAPIError: 'storage-unavailable',
  SecurityError: 'storage-unavailable',
  UnknownError: 'storage-unavailable',
  OpenFailedError: 'storage-unavailable',
  NotFoundError: 'not-found',
  AbortError: 'aborted',
  ZodError: 'invalid-data',
};

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null && 'name' in value) {
    const name = (value as { name: unknown }).name;
    return typeof name === 'string' ? name : undefined;
  }
  return undefined;
}

/** Maps anything thrown to an AppError, looking through Dexie's `inner` and `cause` chains. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    // The app lock's own error for a record that does not open (src/lock/errors.ts), told by
    // its name and kind, as this layer does not import the lock.
    if (
      nameOf(current) === 'LockError' &&
      (current as { kind?: unknown }).kind === 'damaged-record'
    ) {
      return new AppError('damaged-record', String((current as Error).message ?? ''), {
        cause: error,
      });
    }
    const kind = byName[nameOf(current) ?? ''];
    // An AbortError caused by a full disk reports QuotaExceededError as its inner error.
    const inner = (current as { inner?: unknown }).inner;
    if (kind && !(kind === 'aborted' && inner)) {
      return new AppError(kind, String((current as Error).message ?? ''), { cause: error });
    }
    current = inner ?? (current as { cause?: unknown }).cause;
  }
  const message = error instanceof Error ? error.message : String(error);
  return new AppError('unknown', message, { cause: error });
}

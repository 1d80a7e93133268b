import { describe, expect, it } from 'vitest';
import { AppError, toAppError } from '../../../src/domain/errors';
import { LockError } from '../../../src/lock/errors';

function domError(name: string, message = name): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

describe('toAppError', () => {
  it('maps a quota error to storage-full', () => {
    expect(toAppError(domError('QuotaExceededError')).kind).toBe('storage-full');
  });

  it('looks through an AbortError to the quota error inside it', () => {
    const wrapped = Object.assign(domError('AbortError'), {
      inner: domError('QuotaExceededError'),
    });
    expect(toAppError(wrapped).kind).toBe('storage-full');
  });

  it('maps VersionError to database-newer and keeps the cause', () => {
    const original = domError('VersionError');
    const mapped = toAppError(original);
    expect(mapped.kind).toBe('database-newer');
    expect(mapped.cause).toBe(original);
  });

  it('names a damaged record of the lock as such, also inside a Dexie error, other lock kinds not', () => {
    const damaged = new LockError('damaged-record', 'authentication');
    expect(toAppError(damaged).kind).toBe('damaged-record');
    const wrapped = Object.assign(domError('DexieError'), { inner: damaged });
    expect(toAppError(wrapped).kind).toBe('damaged-record');
    expect(toAppError(new LockError('locked')).kind).toBe('unknown');
  });

  it('passes an AppError through unchanged', () => {
    const error = new AppError('not-found');
    expect(toAppError(error)).toBe(error);
  });

  it('maps anything else to unknown, also non-errors', () => {
    expect(toAppError(new TypeError('x')).kind).toBe('unknown');
    expect(toAppError('a string').kind).toBe('unknown');
    expect(toAppError(undefined).kind).toBe('unknown');
  });
});

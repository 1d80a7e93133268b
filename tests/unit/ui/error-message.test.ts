import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/domain/errors';
import { errorKeyOf } from '../../../src/ui/error-message';

describe('errorKeyOf', () => {
  it('gives the message key of the kind, for app errors and raw platform errors alike', () => {
    expect(errorKeyOf(new AppError('not-found'))).toBe('error.not-found');
    expect(errorKeyOf(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }))).toBe(
      'error.storage-full',
    );
    expect(errorKeyOf('something odd')).toBe('error.unknown');
  });
});

// When "too close" recurs across sessions, the app suggests practising with the coach first.
import { describe, expect, it } from 'vitest';
import { tooCloseRecurs, wasTooClose } from '../../../src/domain/focusing/safety';
import { session } from './sessions';

describe('wasTooClose', () => {
  it('counts a too-close reading at any check, or a pause for "this is too much"', () => {
    expect(wasTooClose(session([2026, 3, 1]))).toBe(false);
    expect(
      wasTooClose(session([2026, 3, 1], { distanceStart: 'right', distanceEnd: 'too-far' })),
    ).toBe(false);
    expect(wasTooClose(session([2026, 3, 1], { distanceFeltSense: 'too-close' }))).toBe(true);
    expect(wasTooClose(session([2026, 3, 1], { distanceAsking: 'too-close' }))).toBe(true);
    expect(wasTooClose(session([2026, 3, 1], { distanceEnd: 'too-close' }))).toBe(true);
    expect(wasTooClose(session([2026, 3, 1], { tooMuch: true }))).toBe(true);
  });
});

describe('tooCloseRecurs', () => {
  const close = (day: number) => session([2026, 3, day], { distanceStart: 'too-close' });
  const fine = (day: number) => session([2026, 3, day], { distanceStart: 'right' });

  it('needs two of the latest three sessions to have been too close', () => {
    expect(tooCloseRecurs([])).toBe(false);
    expect(tooCloseRecurs([close(1)])).toBe(false);
    expect(tooCloseRecurs([close(1), close(2)])).toBe(true);
    expect(tooCloseRecurs([close(1), fine(2), close(3)])).toBe(true);
  });

  it('looks at the latest sessions by date, whatever the order given', () => {
    // Days 5, 6 and 7 are the latest three; only day 6 was too close.
    expect(tooCloseRecurs([close(1), close(2), fine(7), close(6), fine(5)])).toBe(false);
    // Days 7 and 6 too close.
    expect(tooCloseRecurs([fine(1), close(7), fine(5), close(6)])).toBe(true);
  });

  it('leaves deleted sessions out', () => {
    const deleted = { ...close(9), deletedAt: '2026-03-10T00:00:00.000Z' };
    expect(tooCloseRecurs([deleted, close(8), fine(7)])).toBe(false);
  });
});

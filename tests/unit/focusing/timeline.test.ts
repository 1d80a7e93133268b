// The session log as a neutral timeline: words and readings as noted, newest first.
import { describe, expect, it } from 'vitest';
import { sessionTimeline } from '../../../src/domain/focusing/timeline';
import { session } from './sessions';

const fail = (): never => {
  throw new Error('no timeline entry');
};

describe('sessionTimeline', () => {
  it('lists finished sessions newest first, leaving out deleted and unfinished ones', () => {
    const older = session([2026, 3, 1]);
    const newer = session([2026, 3, 5]);
    const deleted = { ...session([2026, 3, 6]), deletedAt: '2026-03-07T00:00:00.000Z' };
    const open = session([2026, 3, 7], { status: 'in-progress' });
    expect(sessionTimeline([older, deleted, newer, open]).map((entry) => entry.id)).toEqual([
      newer.id,
      older.id,
    ]);
  });

  it('keeps the client’s words and the readings in the order they were taken', () => {
    const [entry = fail()] = sessionTimeline([
      session([2026, 3, 1], {
        chosenConcern: 'the review',
        handle: 'a wall',
        questions: [{ question: 'What does it need?', answer: 'rest' }, { question: 'Why?' }],
        receiving: 'warmth',
        feltShift: true,
        feltShiftDescription: 'a sigh',
        distanceEnd: 'right',
        distanceStart: 'too-close',
        distanceAsking: 'right',
        stoppedEarly: true,
      }),
    ]);
    expect(entry.concern).toBe('the review');
    expect(entry.handle).toBe('a wall');
    expect(entry.came).toEqual(['rest', 'warmth', 'a sigh']);
    expect(entry.distances).toEqual([
      { at: 'start', distance: 'too-close' },
      { at: 'asking', distance: 'right' },
      { at: 'check-out', distance: 'right' },
    ]);
    expect(entry.shift).toBe(true);
    expect(entry.stoppedEarly).toBe(true);
  });

  it('shows a session where nothing came as it was: no words, no readings', () => {
    const [entry = fail()] = sessionTimeline([session([2026, 3, 1], { feltShift: false })]);
    expect(entry.came).toEqual([]);
    expect(entry.distances).toEqual([]);
    expect(entry.shift).toBe(false);
    expect(entry.stoppedEarly).toBe(false);
  });
});

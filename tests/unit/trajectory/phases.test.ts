// Phase moves, corrections and removal, with every expectation worked out by hand.
import { describe, expect, it } from 'vitest';
import {
  correctEntry,
  currentPhase,
  dayOf,
  dayToIso,
  movePhase,
  type PhaseEntry,
  phaseAt,
  removeEntry,
} from '../../../src/domain/trajectory';

const at = (day: string) => dayToIso(day);
const start: PhaseEntry[] = [{ phase: 'attending', since: at('2026-09-01') }];
const today = '2026-11-20';

describe('movePhase', () => {
  it('appends the new phase at local noon of the day, with a trimmed note', () => {
    const result = movePhase(
      start,
      { phase: 'creating', day: '2026-10-15', note: '  ready  ' },
      today,
    );
    expect(result).toEqual({
      ok: true,
      history: [...start, { phase: 'creating', since: at('2026-10-15'), note: 'ready' }],
    });
    if (result.ok) expect(currentPhase(result.history)?.phase).toBe('creating');
  });

  it('leaves out an empty note and allows the same day as the current phase', () => {
    const result = movePhase(start, { phase: 'anchoring', day: '2026-09-01', note: '   ' }, today);
    expect(result).toEqual({
      ok: true,
      history: [...start, { phase: 'anchoring', since: at('2026-09-01') }],
    });
  });

  it('refuses the phase the theme is already in', () => {
    expect(movePhase(start, { phase: 'attending', day: today, note: '' }, today)).toEqual({
      ok: false,
      problems: ['same-phase'],
    });
  });

  it('refuses a day before the current phase began, a future day, and nonsense', () => {
    expect(movePhase(start, { phase: 'creating', day: '2026-08-31', note: '' }, today)).toEqual({
      ok: false,
      problems: ['date-before-previous'],
    });
    expect(movePhase(start, { phase: 'creating', day: '2026-11-21', note: '' }, today)).toEqual({
      ok: false,
      problems: ['date-future'],
    });
    expect(movePhase(start, { phase: 'creating', day: '2026-02-30', note: '' }, today)).toEqual({
      ok: false,
      problems: ['date-invalid'],
    });
    expect(movePhase(start, { phase: 'creating', day: '', note: '' }, today)).toEqual({
      ok: false,
      problems: ['date-invalid'],
    });
  });

  it('names every problem at once', () => {
    const result = movePhase(
      start,
      { phase: 'attending', day: '2027-01-01', note: 'x'.repeat(2001) },
      today,
    );
    expect(result).toEqual({ ok: false, problems: ['same-phase', 'date-future', 'note-too-long'] });
  });

  it('does not change the history it was given', () => {
    const history = [...start];
    movePhase(history, { phase: 'creating', day: today, note: '' }, today);
    expect(history).toEqual(start);
  });
});

const three: PhaseEntry[] = [
  { phase: 'attending', since: at('2026-09-01') },
  { phase: 'creating', since: at('2026-10-01'), note: 'first try' },
  { phase: 'anchoring', since: at('2026-11-01') },
];

describe('correctEntry', () => {
  it('changes the day and note of one entry only', () => {
    const result = correctEntry(three, 1, { day: '2026-10-05', note: '' }, today);
    expect(result).toEqual({
      ok: true,
      history: [three[0], { phase: 'creating', since: at('2026-10-05') }, three[2]],
    });
  });

  it('keeps the history in date order: not before the previous, not after the next', () => {
    expect(correctEntry(three, 1, { day: '2026-08-31', note: '' }, today)).toEqual({
      ok: false,
      problems: ['date-before-previous'],
    });
    expect(correctEntry(three, 1, { day: '2026-11-02', note: '' }, today)).toEqual({
      ok: false,
      problems: ['date-after-next'],
    });
    // The boundaries themselves are allowed (two moves on one day).
    expect(correctEntry(three, 1, { day: '2026-11-01', note: '' }, today).ok).toBe(true);
    expect(correctEntry(three, 0, { day: '2026-01-01', note: '' }, today).ok).toBe(true);
  });

  it('refuses a future day and an unknown entry', () => {
    expect(correctEntry(three, 2, { day: '2026-12-01', note: '' }, today)).toEqual({
      ok: false,
      problems: ['date-future'],
    });
    expect(correctEntry(three, 3, { day: today, note: '' }, today)).toEqual({
      ok: false,
      problems: ['no-entry'],
    });
  });
});

describe('removeEntry', () => {
  it('removes a move recorded by mistake', () => {
    expect(removeEntry(three, 2)).toEqual({ ok: true, history: [three[0], three[1]] });
  });

  it('never removes the only phase', () => {
    expect(removeEntry(start, 0)).toEqual({ ok: false, problems: ['last-entry'] });
  });

  it('refuses a removal that leaves the same phase twice in a row', () => {
    const backAndForth: PhaseEntry[] = [
      { phase: 'attending', since: at('2026-09-01') },
      { phase: 'creating', since: at('2026-10-01') },
      { phase: 'attending', since: at('2026-10-10') },
    ];
    expect(removeEntry(backAndForth, 1)).toEqual({ ok: false, problems: ['repeats-neighbour'] });
    expect(removeEntry(backAndForth, 0)).toEqual({ ok: true, history: backAndForth.slice(1) });
  });
});

describe('phaseAt', () => {
  it('reads the phase of a day, counting a phase from its first day', () => {
    expect(phaseAt(three, at('2026-09-15'))).toBe('attending');
    expect(phaseAt(three, at('2026-10-01'))).toBe('creating');
    expect(phaseAt(three, at('2026-10-31'))).toBe('creating');
    expect(phaseAt(three, at('2026-11-20'))).toBe('anchoring');
  });

  it('puts a day before the history in the first phase, and has none for an empty history', () => {
    expect(phaseAt(three, at('2026-01-01'))).toBe('attending');
    expect(phaseAt([], at('2026-01-01'))).toBeUndefined();
  });

  it('round-trips a picked day', () => {
    expect(dayOf(at('2026-03-29'))).toBe('2026-03-29');
  });
});

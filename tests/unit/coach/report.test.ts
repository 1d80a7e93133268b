import { describe, expect, it } from 'vitest';
import { digestDiary, digestFocusing } from '../../../src/domain/coach/digest';
import { buildReport, isValidRange } from '../../../src/domain/coach/report';
import { dayKeyOf } from '../../../src/domain/dates';
import { defaultAffectList } from '../../../src/domain/zkm/default-affect-list';
import { CLIENT, diary, investigation, note, session, uuid, valuation } from './records';

const utcDay = (iso: string) => iso.slice(0, 10);

describe('digests', () => {
  it('counts diary entries per area and phase, with the intensity range', () => {
    const digest = digestDiary([
      diary(1, CLIENT, { area: 'work', phase: 'attending', feelingIntensity: 7 }),
      diary(2, CLIENT, { area: 'work', feelingIntensity: 2 }),
      diary(3, CLIENT, { area: 'home', phase: 'creating', themeStrength: 5 }),
      diary(4, CLIENT, {}),
    ]);
    expect(digest.total).toBe(4);
    expect(digest.perArea).toEqual({ home: 1, work: 2, other: 0, unspecified: 1 });
    expect(digest.perPhase).toEqual({ attending: 1, creating: 1, anchoring: 0, unspecified: 2 });
    expect(digest.feelingIntensity).toEqual({ min: 2, max: 7 });
    expect(digest.themeStrength).toEqual({ min: 5, max: 5 });
    expect(digestDiary([]).feelingIntensity).toBeNull();
  });

  it('counts focusing sessions per distance and felt shift, with intensity ranges and minutes', () => {
    const digest = digestFocusing([
      session(1, CLIENT, {
        distanceStart: 'too-close',
        distanceEnd: 'right',
        feltShift: true,
        intensityBefore: 8,
        intensityAfter: 3,
        durationMinutes: 25,
      }),
      session(2, CLIENT, { distanceStart: 'too-far', feltShift: false, intensityBefore: 4 }),
      session(3, CLIENT, { durationMinutes: 10 }),
    ]);
    expect(digest.distanceStart).toEqual({
      'too-close': 1,
      right: 0,
      'too-far': 1,
      unspecified: 1,
    });
    expect(digest.distanceEnd).toEqual({ 'too-close': 0, right: 1, 'too-far': 0, unspecified: 2 });
    expect(digest.feltShift).toEqual({ yes: 1, no: 1, unspecified: 1 });
    expect(digest.intensityBefore).toEqual({ min: 4, max: 8 });
    expect(digest.intensityAfter).toEqual({ min: 3, max: 3 });
    expect(digest.totalMinutes).toBe(35);
  });
});

describe('buildReport', () => {
  const inv = investigation(30, CLIENT, { startedAt: '2026-03-10T09:00:00.000Z' });
  const old = investigation(31, CLIENT, { startedAt: '2025-01-10T09:00:00.000Z' });
  const model = buildReport({
    range: { from: '2026-03-01', to: '2026-03-31' },
    dayOf: utcDay,
    diary: [
      diary(1, CLIENT, { occurredAt: '2026-03-01T00:00:00.000Z', area: 'home' }),
      diary(2, CLIENT, { occurredAt: '2026-03-31T23:59:00.000Z', area: 'work' }),
      diary(3, CLIENT, { occurredAt: '2026-04-01T00:00:00.000Z' }),
      diary(4, CLIENT, {
        occurredAt: '2026-03-15T00:00:00.000Z',
        deletedAt: '2026-03-16T00:00:00.000Z',
      }),
    ],
    focusing: [session(5, CLIENT, { occurredAt: '2026-02-28T12:00:00.000Z' })],
    investigations: [inv, old],
    valuations: [
      valuation(40, CLIENT, inv.id, {
        ratings: Object.fromEntries(defaultAffectList.terms.map((t) => [t.id, 3])),
      }),
    ],
    themes: [],
    ownReports: [],
    notes: [
      note(60, CLIENT, {
        visibility: 'report',
        text: 'Voor het verslag',
        createdAt: '2026-03-05T00:00:00.000Z',
      }),
      note(61, CLIENT, { visibility: 'private' }),
      note(62, CLIENT, { visibility: 'client' }),
      note(63, CLIENT, { visibility: 'report', deletedAt: '2026-03-06T00:00:00.000Z' }),
      note(64, CLIENT, {
        visibility: 'report',
        text: 'Eerder',
        createdAt: '2026-03-01T00:00:00.000Z',
      }),
    ],
  });

  it('keeps the records of the range, both ends included, and drops deleted ones', () => {
    expect(model.summary).toEqual({
      diaryEntries: 2,
      focusingSessions: 0,
      investigations: 1,
      activeThemes: 0,
      reportNotes: 2,
    });
    expect(model.diary.perArea).toEqual({ home: 1, work: 1, other: 0, unspecified: 0 });
  });

  it('summarizes the investigations in the range with their valuations', () => {
    expect(model.investigations.map((i) => i.investigation.id)).toEqual([uuid(30)]);
    const summary = model.investigations[0]?.summary;
    expect(summary?.valuations.map((v) => v.id)).toEqual([uuid(40)]);
    // Every term rated 3: each index sums 4 terms × 3.
    const row = summary?.valuations[0];
    expect(row?.complete).toBe(true);
    if (row?.complete) expect(row.indices).toMatchObject({ S: 12, O: 12, P: 12, N: 12 });
  });

  it('keeps only live notes marked for the report, oldest first', () => {
    expect(model.notes.map((n) => n.text)).toEqual(['Eerder', 'Voor het verslag']);
  });
});

describe('ranges', () => {
  it('accepts two dates in order and refuses the rest', () => {
    expect(isValidRange({ from: '2026-03-01', to: '2026-03-01' })).toBe(true);
    expect(isValidRange({ from: '2026-03-02', to: '2026-03-01' })).toBe(false);
    expect(isValidRange({ from: '', to: '2026-03-01' })).toBe(false);
  });

  it('gives the local calendar day', () => {
    const local = new Date(2026, 2, 1, 23, 30);
    expect(dayKeyOf(local.toISOString())).toBe('2026-03-01');
  });
});

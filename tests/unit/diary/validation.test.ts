// The diary form's rules and its mapping to a stored entry.
import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from '../../../src/domain/diary/dates';
import { emptyForm, fieldsFromForm, formFromEntry } from '../../../src/domain/diary/form';
import { isValid, validateDiaryForm } from '../../../src/domain/diary/validation';
import { diaryEntryRecord, MAX_TEXT } from '../../../src/domain/records';
import { entry } from './fixtures';

const now = new Date(2026, 2, 10, 14, 30);
const filled = () => ({ ...emptyForm(now), situation: 'Werkoverleg' });

describe('local date and time', () => {
  it('round-trips a moment through the datetime-local value', () => {
    expect(toLocalInput(now)).toBe('2026-03-10T14:30');
    expect(fromLocalInput('2026-03-10T14:30')?.getTime()).toBe(now.getTime());
  });

  it('refuses values that are not a real moment', () => {
    expect(fromLocalInput('')).toBeUndefined();
    expect(fromLocalInput('2026-02-30T10:00')).toBeUndefined();
    expect(fromLocalInput('2026-03-10T25:00')).toBeUndefined();
    expect(fromLocalInput('gisteren')).toBeUndefined();
  });
});

describe('validateDiaryForm', () => {
  it('accepts a form with only the situation', () => {
    expect(validateDiaryForm(filled(), now)).toEqual({});
  });

  it('requires the situation, also when it is only white space', () => {
    expect(validateDiaryForm(emptyForm(now), now)).toEqual({ situation: 'required' });
    expect(validateDiaryForm({ ...filled(), situation: ' \n ' }, now).situation).toBe('required');
  });

  it('refuses a moment in the future but allows now and the past', () => {
    expect(validateDiaryForm({ ...filled(), occurredAt: '2026-03-10T14:32' }, now)).toEqual({
      occurredAt: 'future',
    });
    // Within the minute the form can show: still "now".
    expect(validateDiaryForm({ ...filled(), occurredAt: '2026-03-10T14:31' }, now)).toEqual({});
    expect(validateDiaryForm({ ...filled(), occurredAt: '2025-01-01T08:00' }, now)).toEqual({});
  });

  it('refuses an empty or impossible date', () => {
    expect(validateDiaryForm({ ...filled(), occurredAt: '' }, now).occurredAt).toBe('invalid-date');
    expect(validateDiaryForm({ ...filled(), occurredAt: '2026-02-31T10:00' }, now).occurredAt).toBe(
      'invalid-date',
    );
  });

  it('refuses numbers outside their scale', () => {
    const errors = validateDiaryForm(
      { ...filled(), feelingIntensity: 11, themeStrength: -1, affectRatings: { joy: 6 } },
      now,
    );
    expect(errors).toEqual({
      feelingIntensity: 'out-of-range',
      themeStrength: 'out-of-range',
      affectRatings: 'out-of-range',
    });
    expect(validateDiaryForm({ ...filled(), feelingIntensity: 2.5 }, now).feelingIntensity).toBe(
      'out-of-range',
    );
    expect(
      isValid(validateDiaryForm({ ...filled(), feelingIntensity: 0, themeStrength: 10 }, now)),
    ).toBe(true);
  });

  it('allows exactly MAX_TEXT characters and refuses one more', () => {
    expect(validateDiaryForm({ ...filled(), thinking: 'a'.repeat(MAX_TEXT) }, now)).toEqual({});
    expect(validateDiaryForm({ ...filled(), acting: 'a'.repeat(MAX_TEXT + 1) }, now)).toEqual({
      acting: 'too-long',
    });
  });
});

describe('form and record', () => {
  it('saves empty fields as absent and keeps what was typed as it was', () => {
    const fields = fieldsFromForm(
      { ...filled(), thinking: '  ', feelingWords: '<b>boos</b> 😡', area: 'work' },
      now,
    );
    expect(fields.thinking).toBeUndefined();
    expect(fields.feelingWords).toBe('<b>boos</b> 😡');
    expect(fields.area).toBe('work');
    expect(fields.occurredAt).toBe(now.toISOString());
    expect(fields.affectRatings).toBeUndefined();
    expect(fields.affectListId).toBeUndefined();
  });

  it('keeps "what I tried" only in the creating phase', () => {
    const form = { ...filled(), triedNew: 'Nee zeggen', triedNewOutcome: 'Goed' };
    expect(fieldsFromForm({ ...form, phase: 'creating' }, now).triedNew).toBe('Nee zeggen');
    expect(fieldsFromForm({ ...form, phase: 'attending' }, now).triedNew).toBeUndefined();
  });

  it('stores affect ratings with the list they belong to', () => {
    const fields = fieldsFromForm({ ...filled(), affectRatings: { joy: 3 } }, now);
    expect(fields.affectRatings).toEqual({ joy: 3 });
    expect(fields.affectListId).toBe(emptyForm(now).affectListId);
  });

  it('round-trips a stored entry through the form', () => {
    const stored = entry({
      occurredAt: new Date(2026, 2, 9, 8, 15).toISOString(),
      area: 'home',
      thinking: 'Ik moet',
      feelingIntensity: 7,
      themeStrength: 3,
      phase: 'creating',
      triedNew: 'Iets nieuws',
      themeId: '22222222-2222-4222-8222-222222222222',
    });
    const form = formFromEntry(stored);
    expect(form.phaseChosen).toBe(true);
    const fields = fieldsFromForm(form, fromLocalInput(form.occurredAt) ?? now);
    const { id, ownerId, createdAt, updatedAt, rev, ...rest } = stored;
    expect(fields).toMatchObject(rest);
    expect(diaryEntryRecord.safeParse({ ...stored, ...fields }).success).toBe(true);
  });
});

// The session form: validation, conversion to stored fields and back.
import { describe, expect, it } from 'vitest';
import {
  emptyForm,
  fieldsFromForm,
  formFromRecord,
  fromLocalInput,
  toLocalInput,
  validateForm,
  withPending,
} from '../../../src/domain/focusing/form';
import { focusingSessionRecord } from '../../../src/domain/records';
import { session } from './sessions';

describe('local date input', () => {
  it('round-trips a local time at minute precision', () => {
    const iso = new Date(2026, 2, 8, 9, 30).toISOString();
    expect(toLocalInput(iso)).toBe('2026-03-08T09:30');
    expect(fromLocalInput('2026-03-08T09:30')).toBe(iso);
  });

  it('refuses what is not a date', () => {
    expect(fromLocalInput('')).toBeUndefined();
    expect(fromLocalInput('2026-13-45T99:99')).toBeUndefined();
    expect(fromLocalInput('yesterday')).toBeUndefined();
  });
});

describe('validateForm', () => {
  it('needs only a date', () => {
    expect(validateForm(emptyForm(new Date(2026, 2, 8)))).toEqual({});
    expect(validateForm({ ...emptyForm(new Date()), occurredAt: '' })).toEqual({
      occurredAt: 'focusing.form.dateRequired',
    });
  });

  it('accepts a duration of 0-600 whole minutes', () => {
    const form = emptyForm(new Date());
    expect(validateForm({ ...form, durationMinutes: '600' })).toEqual({});
    for (const bad of ['601', '-1', '2.5', 'ten']) {
      expect(validateForm({ ...form, durationMinutes: bad }).durationMinutes).toBe(
        'focusing.form.durationInvalid',
      );
    }
  });
});

describe('fieldsFromForm', () => {
  it('makes an empty quick log that the record schema accepts', () => {
    const fields = fieldsFromForm(emptyForm(new Date(2026, 2, 8)), {
      mode: 'quick',
      status: 'done',
    });
    expect(fields.concernsSetAside).toEqual([]);
    expect(fields.qualities).toBeUndefined();
    const record = { ...session([2026, 3, 8]), ...fields };
    expect(focusingSessionRecord.safeParse(record).success).toBe(true);
  });

  it('trims text, drops empty items and keeps the step only while in progress', () => {
    const form = {
      ...emptyForm(new Date(2026, 2, 8)),
      concernsSetAside: [' work ', '', '  '],
      handle: '  tight  ',
      size: 'small',
      questions: [
        { question: 'What does it need?', answer: ' room ' },
        { question: ' ', answer: '' },
      ],
      feltShift: 'yes' as const,
      handleResonated: 'no' as const,
      companion: 'alone' as const,
      durationMinutes: '25',
      bodyLocations: ['chest', 'chest'],
    };
    const guided = fieldsFromForm(form, {
      mode: 'guided',
      status: 'in-progress',
      currentStep: 'asking',
    });
    expect(guided).toMatchObject({
      concernsSetAside: ['work'],
      handle: 'tight',
      qualities: { size: 'small' },
      questions: [{ question: 'What does it need?', answer: 'room' }],
      feltShift: true,
      handleResonated: false,
      withCompanion: false,
      durationMinutes: 25,
      bodyLocations: ['chest'],
      currentStep: 'asking',
    });
    expect(
      fieldsFromForm(form, { mode: 'guided', status: 'done', currentStep: 'asking' }).currentStep,
    ).toBeUndefined();
  });

  it('survives a round trip through the record', () => {
    const record = session([2026, 3, 8, 14], {
      durationMinutes: 30,
      withCompanion: true,
      concernsSetAside: ['a', 'b'],
      chosenConcern: 'a',
      bodyLocations: ['throat'],
      qualities: { colour: 'grey', other: 'buzzing' },
      handle: 'a wall',
      handleResonated: true,
      distanceStart: 'too-close',
      distanceEnd: 'right',
      intensityBefore: 7,
      intensityAfter: 3,
      questions: [{ question: 'What is the worst of it?', answer: 'alone' }],
      receiving: 'ok',
      feltShift: true,
      feltShiftDescription: 'a sigh',
      nextStep: 'walk',
      themeId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
    });
    const fields = fieldsFromForm(formFromRecord(record), { mode: 'guided', status: 'done' });
    const { id, ownerId, createdAt, updatedAt, rev, ...expected } = record;
    expect(Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined))).toEqual(
      expected,
    );
  });
});

describe('withPending', () => {
  it('sets a typed but unsaved concern aside, trimmed, after the others', () => {
    const form = {
      ...emptyForm(new Date()),
      concernsSetAside: ['work'],
      concernPending: ' sleep ',
    };
    const kept = withPending(form);
    expect(kept.concernsSetAside).toEqual(['work', 'sleep']);
    expect(kept.concernPending).toBe('');
  });

  it('stores the unsaved concern with the record too', () => {
    const form = { ...emptyForm(new Date(2026, 2, 8)), concernPending: 'the deadline' };
    expect(fieldsFromForm(form, { mode: 'guided', status: 'done' }).concernsSetAside).toEqual([
      'the deadline',
    ]);
  });

  it('leaves a form without pending text as it is, and clears blank text', () => {
    const form = { ...emptyForm(new Date()), concernsSetAside: ['work'] };
    expect(withPending(form)).toBe(form);
    expect(withPending({ ...form, concernPending: '   ' })).toEqual(form);
  });
});

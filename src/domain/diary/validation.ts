// The diary form's rules, each with its own message key so the message sits beside its field:
// a situation is required, the moment cannot lie in the future, numbers stay in range, and
// no text exceeds MAX_TEXT.
import { MAX_TEXT } from '../records/base';
import { fromLocalInput } from './dates';
import { DIARY_TEXT_FIELDS, type DiaryTextField } from './entry-text';
import type { DiaryFormState } from './form';

/** Why a field is not accepted. */
export type DiaryFieldError = 'required' | 'invalid-date' | 'future' | 'out-of-range' | 'too-long';

/** The fields that can carry an error. */
export type DiaryFormField =
  | DiaryTextField
  | 'occurredAt'
  | 'feelingIntensity'
  | 'themeStrength'
  | 'affectRatings';

/** Errors per field; empty when the form can be saved. */
export type DiaryFormErrors = Partial<Record<DiaryFormField, DiaryFieldError>>;

/** How far ahead of the clock a time may be (the form has minute precision). */
export const FUTURE_TOLERANCE_MS = 60_000;

const inRange = (value: number | undefined, min: number, max: number) =>
  value === undefined || (Number.isInteger(value) && value >= min && value <= max);

/** Checks the form against the rules at moment `now`. */
export function validateDiaryForm(form: DiaryFormState, now: Date): DiaryFormErrors {
  const errors: DiaryFormErrors = {};
  const at = fromLocalInput(form.occurredAt);
  if (!at) errors.occurredAt = 'invalid-date';
  else if (at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) errors.occurredAt = 'future';
  if (form.situation.trim() === '') errors.situation = 'required';
  for (const field of DIARY_TEXT_FIELDS) {
    if (form[field].length > MAX_TEXT) errors[field] = 'too-long';
  }
  if (!inRange(form.feelingIntensity, 0, 10)) errors.feelingIntensity = 'out-of-range';
  if (!inRange(form.themeStrength, 0, 10)) errors.themeStrength = 'out-of-range';
  if (!Object.values(form.affectRatings).every((value) => inRange(value, 0, 5))) {
    errors.affectRatings = 'out-of-range';
  }
  return errors;
}

/** Whether there is no error. */
export function isValid(errors: DiaryFormErrors): boolean {
  return Object.keys(errors).length === 0;
}

// The editable shape of a focusing session (guided, quick log and edit share it), and the
// conversions between it and the stored record. Inputs keep strings so a half-typed value
// survives in a draft; conversion trims, drops empty items and checks what must be valid.
import type { RecordBase } from '../records/base';
import type { Distance, FocusingSessionRecord, GuidedStage } from '../records/focusing';

/** The stored fields of a session, without the record header. */
export type SessionFields = Omit<FocusingSessionRecord, keyof RecordBase>;

/** Yes, no, or not answered. */
export type YesNo = '' | 'yes' | 'no';

/** One question asked, and what came. */
export interface QuestionInput {
  question: string;
  answer: string;
}

/** The session as a form holds it. */
export interface SessionForm {
  /** Local date and time as in `<input type="datetime-local">` ("2026-03-01T09:30"). */
  occurredAt: string;
  durationMinutes: string;
  companion: '' | 'alone' | 'companion';
  concernsSetAside: string[];
  /** A concern typed but not yet set aside: kept so moving on or reloading never loses it. */
  concernPending: string;
  chosenConcern: string;
  bodyLocations: string[];
  feltSense: string;
  size: string;
  shape: string;
  colour: string;
  temperature: string;
  otherQuality: string;
  handle: string;
  handleResonated: YesNo;
  distanceStart: '' | Distance;
  distanceEnd: '' | Distance;
  distanceFeltSense: '' | Distance;
  distanceAsking: '' | Distance;
  /** Set by the guided session's "this is too much", never typed. */
  tooMuch: boolean;
  stoppedEarly: boolean;
  intensityBefore: number | undefined;
  intensityAfter: number | undefined;
  questions: QuestionInput[];
  receiving: string;
  feltShift: YesNo;
  feltShiftDescription: string;
  nextStep: string;
  note: string;
  diaryEntryIds: string[];
  themeId: string;
  valuationId: string;
}

/** A field of the form that can carry an error. */
export type FormErrorField = 'occurredAt' | 'durationMinutes';

/** What is wrong with a form, per field, as message keys. */
export type FormErrors = Partial<Record<FormErrorField, FormErrorKey>>;

/** The message keys a form error can have. */
export type FormErrorKey = 'focusing.form.dateRequired' | 'focusing.form.durationInvalid';

const pad = (value: number) => String(value).padStart(2, '0');

/** An ISO timestamp as a local datetime-local value (minutes precision). */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value as an ISO timestamp, or undefined when it is not a valid date. */
export function fromLocalInput(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** An empty form dated `now`. */
export function emptyForm(now: Date): SessionForm {
  return {
    occurredAt: toLocalInput(now.toISOString()),
    durationMinutes: '',
    companion: '',
    concernsSetAside: [],
    concernPending: '',
    chosenConcern: '',
    bodyLocations: [],
    feltSense: '',
    size: '',
    shape: '',
    colour: '',
    temperature: '',
    otherQuality: '',
    handle: '',
    handleResonated: '',
    distanceStart: '',
    distanceEnd: '',
    distanceFeltSense: '',
    distanceAsking: '',
    tooMuch: false,
    stoppedEarly: false,
    intensityBefore: undefined,
    intensityAfter: undefined,
    questions: [],
    receiving: '',
    feltShift: '',
    feltShiftDescription: '',
    nextStep: '',
    note: '',
    diaryEntryIds: [],
    themeId: '',
    valuationId: '',
  };
}

const yesNo = (value: boolean | undefined): YesNo =>
  value === undefined ? '' : value ? 'yes' : 'no';

/** The form for a stored session. */
export function formFromRecord(record: SessionFields): SessionForm {
  return {
    occurredAt: toLocalInput(record.occurredAt),
    durationMinutes: record.durationMinutes === undefined ? '' : String(record.durationMinutes),
    companion:
      record.withCompanion === undefined ? '' : record.withCompanion ? 'companion' : 'alone',
    concernsSetAside: [...record.concernsSetAside],
    concernPending: '',
    chosenConcern: record.chosenConcern ?? '',
    bodyLocations: [...record.bodyLocations],
    feltSense: record.feltSense ?? '',
    size: record.qualities?.size ?? '',
    shape: record.qualities?.shape ?? '',
    colour: record.qualities?.colour ?? '',
    temperature: record.qualities?.temperature ?? '',
    otherQuality: record.qualities?.other ?? '',
    handle: record.handle ?? '',
    handleResonated: yesNo(record.handleResonated),
    distanceStart: record.distanceStart ?? '',
    distanceEnd: record.distanceEnd ?? '',
    distanceFeltSense: record.distanceFeltSense ?? '',
    distanceAsking: record.distanceAsking ?? '',
    tooMuch: record.tooMuch ?? false,
    stoppedEarly: record.stoppedEarly ?? false,
    intensityBefore: record.intensityBefore,
    intensityAfter: record.intensityAfter,
    questions: record.questions.map((item) => ({
      question: item.question,
      answer: item.answer ?? '',
    })),
    receiving: record.receiving ?? '',
    feltShift: yesNo(record.feltShift),
    feltShiftDescription: record.feltShiftDescription ?? '',
    nextStep: record.nextStep ?? '',
    note: record.note ?? '',
    diaryEntryIds: [...record.diaryEntryIds],
    themeId: record.themeId ?? '',
    valuationId: record.valuationId ?? '',
  };
}

/** Field errors of a form; empty when it can be saved. */
export function validateForm(form: SessionForm): FormErrors {
  const errors: FormErrors = {};
  if (!fromLocalInput(form.occurredAt)) errors.occurredAt = 'focusing.form.dateRequired';
  const duration = form.durationMinutes.trim();
  if (duration !== '' && !/^\d{1,3}$/.test(duration)) {
    errors.durationMinutes = 'focusing.form.durationInvalid';
  } else if (duration !== '' && Number(duration) > 600) {
    errors.durationMinutes = 'focusing.form.durationInvalid';
  }
  return errors;
}

const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
// `?? ''`: a draft stored before these fields existed lacks them.
const optionalDistance = (value: '' | Distance | undefined) => (value ? value : undefined);
const bool = (value: YesNo) => (value === '' ? undefined : value === 'yes');

/**
 * The stored fields for a form. Empty fields come back as explicit `undefined`, so an update
 * clears them; call only on a form without errors (an invalid date throws).
 */
export function fieldsFromForm(
  form: SessionForm,
  meta: {
    mode: 'guided' | 'quick';
    status: 'in-progress' | 'done';
    currentStep?: GuidedStage | undefined;
  },
): SessionFields {
  const occurredAt = fromLocalInput(form.occurredAt);
  if (!occurredAt) throw new RangeError('occurredAt is not a valid date');
  const qualities = {
    size: text(form.size),
    shape: text(form.shape),
    colour: text(form.colour),
    temperature: text(form.temperature),
    other: text(form.otherQuality),
  };
  const hasQuality = Object.values(qualities).some((value) => value !== undefined);
  const duration = form.durationMinutes.trim();
  return {
    occurredAt,
    mode: meta.mode,
    status: meta.status,
    currentStep: meta.status === 'in-progress' ? meta.currentStep : undefined,
    durationMinutes: duration === '' ? undefined : Number(duration),
    withCompanion: form.companion === '' ? undefined : form.companion === 'companion',
    concernsSetAside: withPending(form)
      .concernsSetAside.map((item) => item.trim())
      .filter(Boolean),
    chosenConcern: text(form.chosenConcern),
    bodyLocations: [...new Set(form.bodyLocations)],
    feltSense: text(form.feltSense ?? ''),
    qualities: hasQuality ? compact(qualities) : undefined,
    handle: text(form.handle),
    handleResonated: bool(form.handleResonated),
    distanceStart: form.distanceStart === '' ? undefined : form.distanceStart,
    distanceEnd: form.distanceEnd === '' ? undefined : form.distanceEnd,
    distanceFeltSense: optionalDistance(form.distanceFeltSense),
    distanceAsking: optionalDistance(form.distanceAsking),
    // Only a true is stored, so sessions without a pause carry no extra keys.
    tooMuch: form.tooMuch ? true : undefined,
    stoppedEarly: form.stoppedEarly ? true : undefined,
    intensityBefore: form.intensityBefore,
    intensityAfter: form.intensityAfter,
    questions: form.questions
      .map((item) => ({ question: item.question.trim(), answer: text(item.answer) }))
      .filter((item) => item.question !== '' || item.answer !== undefined)
      .map((item) => compact(item)),
    receiving: text(form.receiving),
    feltShift: bool(form.feltShift),
    feltShiftDescription: text(form.feltShiftDescription),
    nextStep: text(form.nextStep),
    note: text(form.note ?? ''),
    diaryEntryIds: [...new Set(form.diaryEntryIds)],
    themeId: text(form.themeId),
    valuationId: text(form.valuationId),
  };
}

/**
 * The form with a typed but unsaved concern set aside, as if the user had pressed "Set aside":
 * the text is stored with the others instead of being lost.
 */
export function withPending(form: SessionForm): SessionForm {
  // A draft stored before this field existed has no pending text.
  const pending = (form.concernPending ?? '').trim();
  if (pending === '') return form.concernPending ? { ...form, concernPending: '' } : form;
  return { ...form, concernsSetAside: [...form.concernsSetAside, pending], concernPending: '' };
}

/** `value` without its undefined properties (for creating a record without empty keys). */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}

// The theme form: what the client types, how it is checked, and how it becomes a record's
// fields. Checking happens here so the screen only shows the messages next to the fields.
import type { ThemeRecord } from '../records';
import { MAX_TEXT, type Phase } from '../records';
import { type DayKey, dayToIso, isDayKey } from './dates';

/** Longest theme title (characters), as the record allows. */
export const MAX_TITLE = 500;
/** Most goals and action points a theme holds, as the record allows. */
export const MAX_GOALS = 100;
/** Most action points a theme holds. */
export const MAX_ACTION_POINTS = 200;

/** An action point while it is being edited. */
export interface ActionPointDraft {
  id: string;
  text: string;
  done: boolean;
}

/** The form's values (also the autosaved draft). */
export interface ThemeForm {
  title: string;
  description: string;
  valuationIds: string[];
  goals: string[];
  actionPoints: ActionPointDraft[];
  /** Only for a new theme: the phase it starts in and from which day. */
  startPhase: Phase;
  startDay: DayKey;
}

/** A problem with one field of the form. */
export type ThemeFormProblem =
  | 'title-required'
  | 'title-too-long'
  | 'description-too-long'
  | 'too-many-goals'
  | 'goal-too-long'
  | 'too-many-action-points'
  | 'action-point-too-long'
  | 'start-day-invalid'
  | 'start-day-future';

/** Problems per field; a field without problems is absent. */
export type ThemeFormErrors = Partial<
  Record<'title' | 'description' | 'goals' | 'actionPoints' | 'startDay', ThemeFormProblem>
>;

/** An empty form for a new theme starting today in the attending phase. */
export function emptyThemeForm(today: DayKey): ThemeForm {
  return {
    title: '',
    description: '',
    valuationIds: [],
    goals: [],
    actionPoints: [],
    startPhase: 'attending',
    startDay: today,
  };
}

/** The form for editing a stored theme. */
export function themeToForm(theme: ThemeRecord, today: DayKey): ThemeForm {
  return {
    title: theme.title,
    description: theme.description ?? '',
    valuationIds: [...theme.valuationIds],
    goals: [...theme.goals],
    actionPoints: theme.actionPoints.map((point) => ({ ...point })),
    startPhase: theme.phase,
    startDay: today,
  };
}

const filled = (text: string) => text.trim() !== '';

/** Checks the form; `isNew` also checks the start day. Empty goals and points are ignored. */
export function validateThemeForm(form: ThemeForm, isNew: boolean, today: DayKey): ThemeFormErrors {
  const errors: ThemeFormErrors = {};
  const title = form.title.trim();
  if (title === '') errors.title = 'title-required';
  else if (title.length > MAX_TITLE) errors.title = 'title-too-long';
  if (form.description.length > MAX_TEXT) errors.description = 'description-too-long';
  const goals = form.goals.filter(filled);
  if (goals.length > MAX_GOALS) errors.goals = 'too-many-goals';
  else if (goals.some((goal) => goal.length > MAX_TEXT)) errors.goals = 'goal-too-long';
  const points = form.actionPoints.filter((point) => filled(point.text));
  if (points.length > MAX_ACTION_POINTS) errors.actionPoints = 'too-many-action-points';
  else if (points.some((point) => point.text.length > MAX_TEXT)) {
    errors.actionPoints = 'action-point-too-long';
  }
  if (isNew) {
    if (!isDayKey(form.startDay)) errors.startDay = 'start-day-invalid';
    else if (form.startDay > today) errors.startDay = 'start-day-future';
  }
  return errors;
}

/** Whether the checked form has no problems. */
export function isValid(errors: ThemeFormErrors): boolean {
  return Object.keys(errors).length === 0;
}

/** The content fields of a theme from a checked form (title, text, links, goals, points). */
export function formToContent(form: ThemeForm) {
  const description = form.description.trim();
  return {
    title: form.title.trim(),
    description: description === '' ? undefined : description,
    valuationIds: [...new Set(form.valuationIds)],
    goals: form.goals.map((goal) => goal.trim()).filter(filled),
    actionPoints: form.actionPoints
      .map((point) => ({ id: point.id, text: point.text.trim(), done: point.done }))
      .filter((point) => filled(point.text)),
  };
}

/** The phase fields of a new theme from a checked form. */
export function formToStart(form: ThemeForm) {
  return {
    phase: form.startPhase,
    phaseHistory: [{ phase: form.startPhase, since: dayToIso(form.startDay) }],
  };
}

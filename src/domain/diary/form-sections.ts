// Which parts of the diary form show (issue 19 §3): the core of a 30-second capture always;
// the theme's fields only when there is a theme to speak of (or the form already holds an
// answer about one); the rest under "More", which opens by itself when something is in it.
import type { DiaryFormState } from './form';
import type { DiaryFormField } from './validation';

/** The text fields folded under "More", in form order. */
export const MORE_TEXT_FIELDS = ['consequence', 'interplay', 'bodyNote'] as const;

/** The fields under "More" that can carry an error (a failed save opens "More" for them). */
export const MORE_ERROR_FIELDS: readonly DiaryFormField[] = [...MORE_TEXT_FIELDS, 'affectRatings'];

const filled = (text: string) => text.trim() !== '';

/** Whether the theme's fields (link, how strongly it played, phase, what was tried) show:
 * with at least one theme, or when the form already says something about a theme, so an
 * answer given earlier is never hidden. */
export function themeFieldsShown(themeCount: number, form: DiaryFormState): boolean {
  return (
    themeCount > 0 ||
    form.themeId !== '' ||
    form.themeStrength !== undefined ||
    form.phase !== undefined ||
    filled(form.triedNew) ||
    filled(form.triedNewOutcome)
  );
}

/** Whether "what I tried" and its outcome show: in the creating phase, or whenever they hold
 * text, so text typed before the phase changed stays in view (with its error, if too long). */
export function triedFieldsShown(form: DiaryFormState): boolean {
  return form.phase === 'creating' || filled(form.triedNew) || filled(form.triedNewOutcome);
}

/** How many answers sit under "More": each filled text, the affect ratings, the valuation. */
export function moreFilledCount(form: DiaryFormState): number {
  let count = MORE_TEXT_FIELDS.filter((field) => filled(form[field])).length;
  if (Object.keys(form.affectRatings).length > 0) count += 1;
  if (form.valuationId !== '') count += 1;
  return count;
}

/** Whether "More" is open: as the client last set it, else open when it holds an answer
 * (a restored draft or an edited form shows what is already typed). */
export function moreOpen(chosen: boolean | undefined, form: DiaryFormState): boolean {
  return chosen ?? moreFilledCount(form) > 0;
}

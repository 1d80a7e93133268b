// The discussion of an investigation's results (domain §1, the third part of the method): the
// form's state, what is stored from it, the tallies shown beside it, and a theme made from it.
// Pure: the screens and the coach's view share these rules.
import type {
  DiscussedValuation,
  DiscussionRecord,
  DiscussionTheme,
  ThemeRecord,
  ValuationFit,
  ValuationRecord,
} from '../records';

/** The fits, in the order the form offers them. */
export const VALUATION_FITS: readonly ValuationFit[] = ['fits', 'doesNotFit', 'notSure'];

/** Longest theme text (as the record allows). */
export const MAX_THEME_TEXT = 500;

/** The form's state: one entry per valuation id, the thread and the themes. */
export interface DiscussionForm {
  entries: Record<string, { fit?: ValuationFit | undefined; note: string; key: boolean }>;
  thread: string;
  themes: DiscussionTheme[];
}

/** The form for `valuations`, filled from the stored discussion when there is one. */
export function discussionToForm(
  valuations: readonly Pick<ValuationRecord, 'id'>[],
  stored: Pick<DiscussionRecord, 'valuations' | 'thread' | 'themes'> | undefined,
): DiscussionForm {
  const byId = new Map((stored?.valuations ?? []).map((v) => [v.valuationId, v]));
  const entries: DiscussionForm['entries'] = {};
  for (const { id } of valuations) {
    const saved = byId.get(id);
    entries[id] = { fit: saved?.fit, note: saved?.note ?? '', key: saved?.key === true };
  }
  return { entries, thread: stored?.thread ?? '', themes: stored?.themes ?? [] };
}

/**
 * What is stored from the form: only entries of `valuations` that say something (a fit, a
 * note or a key mark), in the valuations' order; notes and themes trimmed, empty themes left out.
 */
export function formToDiscussion(
  form: DiscussionForm,
  valuations: readonly Pick<ValuationRecord, 'id'>[],
): Pick<DiscussionRecord, 'valuations' | 'thread' | 'themes'> {
  const stored: DiscussedValuation[] = [];
  for (const { id } of valuations) {
    const entry = Object.hasOwn(form.entries, id) ? form.entries[id] : undefined;
    if (!entry) continue;
    const note = entry.note.trim();
    if (entry.fit === undefined && note === '' && !entry.key) continue;
    stored.push({
      valuationId: id,
      ...(entry.fit ? { fit: entry.fit } : {}),
      ...(note ? { note } : {}),
      ...(entry.key ? { key: true } : {}),
    });
  }
  const themes = form.themes
    .map((theme) => ({ ...theme, text: theme.text.trim() }))
    .filter((theme) => theme.text !== '');
  return { valuations: stored, thread: form.thread.trim(), themes };
}

/** How far the discussion has come: fits per kind, key valuations and those not yet gone through. */
export interface DiscussionTally {
  fits: number;
  doesNotFit: number;
  notSure: number;
  key: number;
  open: number;
}

/** Tallies the discussion over the investigation's current valuations (others are ignored). */
export function tallyDiscussion(
  valuations: readonly Pick<ValuationRecord, 'id'>[],
  discussed: readonly DiscussedValuation[],
): DiscussionTally {
  const byId = new Map(discussed.map((v) => [v.valuationId, v]));
  const tally: DiscussionTally = { fits: 0, doesNotFit: 0, notSure: 0, key: 0, open: 0 };
  for (const { id } of valuations) {
    const entry = byId.get(id);
    if (entry?.fit) tally[entry.fit] += 1;
    else tally.open += 1;
    if (entry?.key) tally.key += 1;
  }
  return tally;
}

/** The key valuations' ids, in the valuations' order. */
export function keyValuationIds(
  valuations: readonly Pick<ValuationRecord, 'id'>[],
  discussed: readonly DiscussedValuation[],
): string[] {
  const key = new Set(discussed.filter((v) => v.key).map((v) => v.valuationId));
  return valuations.filter((v) => key.has(v.id)).map((v) => v.id);
}

/**
 * The fields of a change-process theme made from a discussion's theme: its text as title,
 * the thread as description, the key valuations linked, starting in the attending phase today.
 */
export function themeFromDiscussion(
  theme: Pick<DiscussionTheme, 'text'>,
  thread: string,
  keyIds: readonly string[],
  now: Date,
): Pick<
  ThemeRecord,
  'title' | 'description' | 'valuationIds' | 'goals' | 'actionPoints' | 'phase' | 'phaseHistory'
> {
  return {
    title: theme.text.trim().slice(0, MAX_THEME_TEXT),
    ...(thread.trim() ? { description: thread.trim() } : {}),
    valuationIds: [...keyIds],
    goals: [],
    actionPoints: [],
    phase: 'attending',
    phaseHistory: [{ phase: 'attending', since: now.toISOString() }],
  };
}

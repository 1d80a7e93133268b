// The diary form's state (what a draft stores) and its mapping to and from a stored entry.
// Text stays as typed; empty fields become "not filled in" in the record.
import type { AffectRatings } from '../records/affect-list';
import type { Phase } from '../records/base';
import type { DiaryEntryRecord, LifeArea } from '../records/diary';
import { DEFAULT_AFFECT_LIST_ID } from '../zkm/default-affect-list';
import { toLocalInput } from './dates';
import { DIARY_TEXT_FIELDS, type DiaryTextField } from './entry-text';

/** Everything the form holds while the client types; saved as the draft. */
export type DiaryFormState = { [F in DiaryTextField]: string } & {
  /** A datetime-local value (local time, minute precision). */
  occurredAt: string;
  area?: LifeArea | undefined;
  feelingIntensity?: number | undefined;
  themeStrength?: number | undefined;
  affectRatings: AffectRatings;
  /** The list the ratings belong to (kept when an entry rated on another list is edited). */
  affectListId: string;
  themeId: string;
  valuationId: string;
  phase?: Phase | undefined;
  /** The client picked a phase: a theme chosen later no longer overrides it. */
  phaseChosen: boolean;
};

/** An empty form for a situation happening `now`. */
export function emptyForm(now: Date): DiaryFormState {
  return {
    occurredAt: toLocalInput(now),
    situation: '',
    thinking: '',
    feelingWords: '',
    acting: '',
    consequence: '',
    interplay: '',
    bodyNote: '',
    triedNew: '',
    triedNewOutcome: '',
    affectRatings: {},
    affectListId: DEFAULT_AFFECT_LIST_ID,
    themeId: '',
    valuationId: '',
    phaseChosen: false,
  };
}

/** The form showing a stored entry, for editing. */
export function formFromEntry(entry: DiaryEntryRecord): DiaryFormState {
  const form = emptyForm(new Date(entry.occurredAt));
  for (const field of DIARY_TEXT_FIELDS) form[field] = entry[field] ?? '';
  return {
    ...form,
    area: entry.area,
    feelingIntensity: entry.feelingIntensity,
    themeStrength: entry.themeStrength,
    affectRatings: { ...(entry.affectRatings ?? {}) },
    affectListId: entry.affectListId ?? DEFAULT_AFFECT_LIST_ID,
    themeId: entry.themeId ?? '',
    valuationId: entry.valuationId ?? '',
    phase: entry.phase,
    phaseChosen: entry.phase !== undefined,
  };
}

/** The entry fields a valid form saves. Empty values are `undefined`, which removes them
 * from an edited entry. Only the creating phase keeps "what I tried". */
export type DiaryEntryFields = Omit<
  DiaryEntryRecord,
  'id' | 'ownerId' | 'createdAt' | 'updatedAt' | 'rev' | 'deletedAt' | 'private' | 'example'
>;

/** Maps a (validated) form to record fields; `occurredAt` is the parsed local time. */
export function fieldsFromForm(form: DiaryFormState, occurredAt: Date): DiaryEntryFields {
  const text = (value: string) => (value.trim() === '' ? undefined : value);
  const rated = Object.keys(form.affectRatings).length > 0;
  const creating = form.phase === 'creating';
  return {
    occurredAt: occurredAt.toISOString(),
    area: form.area,
    situation: form.situation,
    thinking: text(form.thinking),
    feelingWords: text(form.feelingWords),
    feelingIntensity: form.feelingIntensity,
    affectListId: rated ? form.affectListId : undefined,
    affectRatings: rated ? { ...form.affectRatings } : undefined,
    acting: text(form.acting),
    consequence: text(form.consequence),
    interplay: text(form.interplay),
    themeStrength: form.themeStrength,
    themeId: form.themeId || undefined,
    valuationId: form.valuationId || undefined,
    phase: form.phase,
    bodyNote: text(form.bodyNote),
    triedNew: creating ? text(form.triedNew) : undefined,
    triedNewOutcome: creating ? text(form.triedNewOutcome) : undefined,
  };
}

// Checking an affect list as a coach edits it: the editor's text fields become a list the
// record schema accepts, or a problem per field so each message can sit beside its field.
import {
  type AffectIndex,
  type AffectListContent,
  affectListContent,
} from '../records/affect-list';

/** One term as the editor holds it (free text until checked). */
export interface TermDraft {
  id: string;
  nl: string;
  en: string;
  index: AffectIndex;
}

/** An affect list as the editor holds it; thresholds are the text of number inputs. */
export interface AffectListDraft {
  name: string;
  terms: TermDraft[];
  thresholds: { h: string; d: string; l: string; p: string };
}

/** What can be wrong with one field of the draft. */
export type ListProblem =
  | 'required'
  | 'too-long'
  | 'id-format'
  | 'id-duplicate'
  | 'not-a-whole-number'
  | 'too-few-terms'
  | 'too-many-terms'
  | 'index-unused';

/** Field paths of problems: 'name', 'terms', 'indices', 'term.<i>.<field>', 'thresholds.<k>'. */
export type ListProblems = Record<string, ListProblem>;

/** The checked draft: a list ready to store, or the problems per field. */
export type ListCheck =
  | { readonly ok: true; readonly content: AffectListContent }
  | { readonly ok: false; readonly problems: ListProblems; readonly unusedIndices: AffectIndex[] };

/** Fewest and most terms a list may have (the record schema's bounds). */
export const MIN_TERMS = 4;
/** Most terms a list may have. */
export const MAX_TERMS = 100;

const ID_FORMAT = /^[a-z0-9][a-z0-9-]{0,63}$/;
const INDICES: readonly AffectIndex[] = ['S', 'O', 'P', 'N'];

/** The editor's form of a stored list. */
export function toDraft(content: AffectListContent): AffectListDraft {
  return {
    name: content.name,
    terms: content.terms.map((t) => ({
      id: t.id,
      nl: t.labels.nl,
      en: t.labels.en,
      index: t.index,
    })),
    thresholds: {
      h: String(content.thresholds.h),
      d: String(content.thresholds.d),
      l: String(content.thresholds.l),
      p: String(content.thresholds.p),
    },
  };
}

/** A term id made from a label: lower case, letters and digits joined by hyphens. */
export function slugId(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
}

/** Checks a draft: name, terms (ids unique and well formed, labels), every index used, thresholds. */
export function checkAffectList(draft: AffectListDraft): ListCheck {
  const problems: ListProblems = {};
  const name = draft.name.trim();
  if (name === '') problems.name = 'required';
  else if (name.length > 200) problems.name = 'too-long';

  if (draft.terms.length < MIN_TERMS) problems.terms = 'too-few-terms';
  if (draft.terms.length > MAX_TERMS) problems.terms = 'too-many-terms';

  const seen = new Map<string, number>();
  draft.terms.forEach((term, i) => {
    const id = term.id.trim();
    if (id === '') problems[`term.${i}.id`] = 'required';
    else if (!ID_FORMAT.test(id)) problems[`term.${i}.id`] = 'id-format';
    else if (seen.has(id)) problems[`term.${i}.id`] = 'id-duplicate';
    else seen.set(id, i);
    for (const language of ['nl', 'en'] as const) {
      const label = term[language].trim();
      if (label === '') problems[`term.${i}.${language}`] = 'required';
      else if (label.length > 200) problems[`term.${i}.${language}`] = 'too-long';
    }
  });

  const used = new Set(draft.terms.map((term) => term.index));
  const unusedIndices = INDICES.filter((index) => !used.has(index));
  if (unusedIndices.length > 0) problems.indices = 'index-unused';

  const thresholds: Record<string, number> = {};
  for (const key of ['h', 'd', 'l', 'p'] as const) {
    const text = draft.thresholds[key].trim();
    if (text === '') problems[`thresholds.${key}`] = 'required';
    else if (!/^\d{1,4}$/.test(text)) problems[`thresholds.${key}`] = 'not-a-whole-number';
    else thresholds[key] = Number(text);
  }

  if (Object.keys(problems).length > 0) return { ok: false, problems, unusedIndices };
  // The schema is the final word; the checks above only exist to name the field at fault.
  const content = affectListContent.parse({
    name,
    terms: draft.terms.map((term) => ({
      id: term.id.trim(),
      labels: { nl: term.nl.trim(), en: term.en.trim() },
      index: term.index,
    })),
    thresholds,
  });
  return { ok: true, content };
}

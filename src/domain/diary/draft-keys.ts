// The keys under which the diary form's drafts are kept, in one place: the diary writes them,
// home lists them as open work with a link to where to continue.

/** The draft of the one new diary form being written. */
export const NEW_ENTRY_DRAFT = 'diary:new';

/** What every diary draft key starts with. */
export const DIARY_DRAFT_PREFIX = 'diary:';

const EDIT_PREFIX = 'diary:edit:';

/** The draft of changes to the stored diary form `id`. */
export function editDraftKey(id: string): string {
  return `${EDIT_PREFIX}${id}`;
}

/** What a diary draft key is for: the new form, changes to a stored one, or not a diary draft. */
export function diaryDraftTarget(
  key: string,
): { kind: 'new' } | { kind: 'edit'; id: string } | undefined {
  if (key === NEW_ENTRY_DRAFT) return { kind: 'new' };
  if (key.startsWith(EDIT_PREFIX) && key.length > EDIT_PREFIX.length) {
    return { kind: 'edit', id: key.slice(EDIT_PREFIX.length) };
  }
  return undefined;
}

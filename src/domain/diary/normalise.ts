// Search normalisation for the diary: case- and accent-insensitive, so "Café" finds "cafe"
// and "ÉÉN" finds "een". Pure; used both for the stored text cache and for the query.

const MARKS = /\p{M}/gu;
// Printable ASCII and ordinary white space: nothing that NFKD or mark removal would change.
const PLAIN_ASCII = /^[ -~\t\n\r]*$/;

/** Folds `text` to lower case without diacritics (NFKD also unfolds ligatures and full width). */
export function normaliseText(text: string): string {
  // Much diary text is plain ASCII: lower-casing is all it needs, and much cheaper.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** The normalised words of a query; an entry matches when it contains every one of them. */
export function searchTerms(query: string): string[] {
  return normaliseText(query)
    .split(/\s+/u)
    .filter((term) => term.length > 0);
}

/** Whether normalised `text` contains every term (terms come from searchTerms). */
export function matchesTerms(text: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!text.includes(term)) return false;
  return true;
}

// The clients list's search and archive split: pure, so the list and its tests agree. A client
// matches when every word of the query appears in the name the coach sees or in the name from
// the bundles (accents and case folded), so "anouk" finds "Anouk (groep 2)".
import { type ClientListItem, clientName } from '../../../db/clients';
import { foldText } from '../../../domain/coach/notes-search';

/** The list split in the clients the coach works with and the archived ones, both searched. */
export interface ClientSplit {
  active: ClientListItem[];
  archived: ClientListItem[];
}

/** The words of a search query, folded; an empty query has none (and matches everyone). */
export function queryWords(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}

/** Whether the client's names hold every word. */
export function matchesClient(item: ClientListItem, words: readonly string[]): boolean {
  const names = foldText(`${clientName(item.client)} ${item.client.displayName}`);
  return words.every((word) => names.includes(word));
}

/** Whether the coach archived this client. */
export function isArchived(item: ClientListItem): boolean {
  return item.client.archivedAt !== undefined;
}

/** The clients matching `query`, split in active and archived (order kept). */
export function splitClients(items: readonly ClientListItem[], query: string): ClientSplit {
  const words = queryWords(query);
  const split: ClientSplit = { active: [], archived: [] };
  for (const item of items) {
    if (!matchesClient(item, words)) continue;
    (isArchived(item) ? split.archived : split.active).push(item);
  }
  return split;
}

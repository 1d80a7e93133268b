// What the coach puts in a report: the parts, and the diary forms chosen to print in full.
// Kept as a draft per client, so the choice is there again next time.
import { clientDraftPrefix } from '../../../db/clients';
import { useDraft } from '../../../ui/use-draft';

/** The parts of the report the coach can leave out. */
export const reportParts = [
  'themes',
  'zkm',
  'thenAndNow',
  'diaryDigest',
  'diaryForms',
  'focusing',
  'ownReport',
  'notes',
] as const;

/** One part of the report. */
export type ReportPart = (typeof reportParts)[number];

/** The coach's choice: parts left out, and the diary forms to print in full. */
export interface ReportContents {
  /** Parts left out (everything else is in), so a new part is in by default. */
  omitted: ReportPart[];
  /** Ids of the diary forms printed with their text. */
  diaryIds: string[];
}

/** The report's contents for `clientId`, autosaved as a draft. */
export function useReportContents(clientId: string) {
  return useDraft<ReportContents>(`${clientDraftPrefix(clientId)}report`, () => ({
    omitted: [],
    diaryIds: [],
  }));
}

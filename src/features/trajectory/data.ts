// The trajectory's reads: live queries on themes, valuations, links and the own report.
// Every list hides tombstones and shows only records of this device's profile.

import { useLiveQuery } from '../../db/live';
import { ownerRecords, recordById, recordsById, recordsWhere } from '../../db/read';
import type {
  DiaryEntryRecord,
  FocusingSessionRecord,
  InvestigationRecord,
  OwnReportRecord,
  ThemeRecord,
  ValuationRecord,
} from '../../domain/records';
import { isLive, liveOnly as live } from '../../domain/records/live';
import { currentReport } from '../../domain/trajectory';

/** The profile's live themes, most recently changed first. */
export function useThemes(ownerId: string) {
  return useLiveQuery(async (): Promise<ThemeRecord[]> => {
    const themes = await ownerRecords('themes', ownerId);
    return live(themes).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
  }, [ownerId]);
}

/** One theme, tombstones included (the screen tells a deleted theme apart). */
export function useTheme(id: string) {
  return useLiveQuery(() => recordById('themes', id), [id]);
}

/** An investigation with its live valuations in their order. */
export interface ValuationGroup {
  investigation: InvestigationRecord | undefined;
  investigationId: string;
  valuations: ValuationRecord[];
}

/** The profile's live valuations, grouped by investigation, newest investigation first. */
export function useValuationGroups(ownerId: string) {
  return useLiveQuery(async (): Promise<ValuationGroup[]> => {
    const [valuations, investigations] = await Promise.all([
      ownerRecords('valuations', ownerId),
      ownerRecords('investigations', ownerId),
    ]);
    const byId = new Map(live(investigations).map((item) => [item.id, item]));
    const groups = new Map<string, ValuationGroup>();
    for (const valuation of live(valuations)) {
      const investigation = byId.get(valuation.investigationId);
      // Valuations of a deleted investigation are not offered.
      if (!investigation) continue;
      const group = groups.get(valuation.investigationId) ?? {
        investigation,
        investigationId: valuation.investigationId,
        valuations: [],
      };
      group.valuations.push(valuation);
      groups.set(valuation.investigationId, group);
    }
    for (const group of groups.values()) group.valuations.sort((a, b) => a.order - b.order);
    return [...groups.values()].sort((a, b) =>
      (a.investigation?.startedAt ?? '') < (b.investigation?.startedAt ?? '') ? 1 : -1,
    );
  }, [ownerId]);
}

/** The valuations with these ids (live ones only), in the given order. */
export function useValuations(ids: readonly string[]) {
  return useLiveQuery(async (): Promise<ValuationRecord[]> => {
    const found = await recordsById('valuations', ids);
    return found.filter((item): item is ValuationRecord => item !== undefined && isLive(item));
  }, [ids.join(',')]);
}

/** What links to a theme. */
export interface ThemeLinks {
  diary: DiaryEntryRecord[];
  focusing: FocusingSessionRecord[];
}

/** The live diary entries and focusing sessions linked to theme `id`. */
export function useThemeLinks(id: string) {
  return useLiveQuery(async (): Promise<ThemeLinks> => {
    const [diary, focusing] = await Promise.all([
      recordsWhere('diaryEntries', 'themeId', id),
      recordsWhere('focusingSessions', 'themeId', id),
    ]);
    return { diary: live(diary), focusing: live(focusing) };
  }, [id]);
}

/** The profile's one own report, if written. */
export function useOwnReport(ownerId: string) {
  return useLiveQuery(async (): Promise<OwnReportRecord | undefined> => {
    const reports = await ownerRecords('ownReports', ownerId);
    return currentReport(reports, ownerId);
  }, [ownerId]);
}

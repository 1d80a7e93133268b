// The phase an entry defaults to: the current phase of the theme it is linked to, or of the
// theme its valuation belongs to.
import type { Phase } from '../records/base';
import { isLive } from '../records/live';
import type { ThemeRecord } from '../records/theme';

/** The default phase for a link, or undefined when no linked theme is known. */
export function defaultPhase(
  themes: readonly Pick<ThemeRecord, 'id' | 'phase' | 'valuationIds' | 'deletedAt'>[],
  themeId: string,
  valuationId: string,
): Phase | undefined {
  const live = themes.filter(isLive);
  if (themeId) return live.find((theme) => theme.id === themeId)?.phase;
  if (valuationId) return live.find((theme) => theme.valuationIds.includes(valuationId))?.phase;
  return undefined;
}

// The classic 16-term affect list (domain §1), the project default. Terms are in rating order.
import type { AffectListContent } from '../records/affect-list';

/** Stable id of the built-in default list, the same on every device. */
export const DEFAULT_AFFECT_LIST_ID = '5c7e1c1a-16a0-4e5b-9d1e-000000000016';

/**
 * The built-in 16-term list: four terms per index, mixed order. Its thresholds are derived by
 * the project for 16 terms (scaled to a maximum of 20), not published norms. "Bezorgdheid",
 * not "zorgen": next to "zorgzaamheid" clients read "zorgen" as caring.
 */
export const defaultAffectList: AffectListContent = {
  name: 'ZKM 16',
  terms: [
    { id: 'joy', labels: { en: 'joy', nl: 'plezier' }, index: 'P' },
    { id: 'self-esteem', labels: { en: 'self-esteem', nl: 'eigenwaarde' }, index: 'S' },
    { id: 'happiness', labels: { en: 'happiness', nl: 'geluk' }, index: 'P' },
    { id: 'worry', labels: { en: 'worry', nl: 'bezorgdheid' }, index: 'N' },
    { id: 'strength', labels: { en: 'strength', nl: 'kracht' }, index: 'S' },
    { id: 'enjoyment', labels: { en: 'enjoyment', nl: 'genieten' }, index: 'P' },
    { id: 'caring', labels: { en: 'caring', nl: 'zorgzaamheid' }, index: 'O' },
    { id: 'unhappiness', labels: { en: 'unhappiness', nl: 'ongelukkig zijn' }, index: 'N' },
    { id: 'tenderness', labels: { en: 'tenderness', nl: 'tederheid' }, index: 'O' },
    { id: 'self-confidence', labels: { en: 'self-confidence', nl: 'zelfvertrouwen' }, index: 'S' },
    { id: 'love', labels: { en: 'love', nl: 'liefde' }, index: 'O' },
    { id: 'despondency', labels: { en: 'despondency', nl: 'moedeloosheid' }, index: 'N' },
    { id: 'intimacy', labels: { en: 'intimacy', nl: 'intimiteit' }, index: 'O' },
    { id: 'disappointment', labels: { en: 'disappointment', nl: 'teleurstelling' }, index: 'N' },
    { id: 'pride', labels: { en: 'pride', nl: 'trots' }, index: 'S' },
    { id: 'inner-calm', labels: { en: 'inner calm', nl: 'innerlijke rust' }, index: 'P' },
  ],
  thresholds: { h: 9, d: 4, l: 6, p: 7 },
};

// Where in the body a felt sense is: the location ids stored in a session's `bodyLocations`.
// The list is fixed so insights can count locations; labels live in the focusing messages.

/** Every body location the app offers, head to feet. */
export const bodyLocations = [
  'head',
  'throat',
  'shoulders',
  'chest',
  'stomach',
  'belly',
  'back',
  'arms',
  'hands',
  'legs',
  'feet',
] as const;

/** A body location id. */
export type BodyLocation = (typeof bodyLocations)[number];

/** The message key of each location's name. */
export const bodyLocationKey = {
  head: 'focusing.body.head',
  throat: 'focusing.body.throat',
  shoulders: 'focusing.body.shoulders',
  chest: 'focusing.body.chest',
  stomach: 'focusing.body.stomach',
  belly: 'focusing.body.belly',
  back: 'focusing.body.back',
  arms: 'focusing.body.arms',
  hands: 'focusing.body.hands',
  legs: 'focusing.body.legs',
  feet: 'focusing.body.feet',
} as const satisfies Record<BodyLocation, string>;

/** Whether `id` is a location the app knows (imported data may carry others). */
export function isBodyLocation(id: string): id is BodyLocation {
  return (bodyLocations as readonly string[]).includes(id);
}

/** `selected` with `id` added or removed, kept in head-to-feet order (unknown ids last). */
export function toggleLocation(selected: readonly string[], id: string): string[] {
  const next = selected.includes(id) ? selected.filter((item) => item !== id) : [...selected, id];
  const rank = (item: string) => {
    const index = (bodyLocations as readonly string[]).indexOf(item);
    return index === -1 ? bodyLocations.length : index;
  };
  return next.sort((a, b) => rank(a) - rank(b));
}

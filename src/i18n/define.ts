// Typed message catalogs: each module defines English and Dutch side by side, and the type
// system refuses a Dutch catalog whose keys differ from the English one.

/** A catalog pair: Dutch must have exactly the keys English has. */
export function defineMessages<const E extends Record<string, string>>(catalogs: {
  en: E;
  nl: { [K in keyof E]: string };
}): { en: E; nl: { [K in keyof E]: string } } {
  return catalogs;
}

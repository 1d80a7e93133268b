// The app's database name, in a module of its own: the entry needs it (to finish a store
// rebuild left halfway) without loading Dexie.

/** The database name on the device. */
export const DATABASE_NAME = 'koers';

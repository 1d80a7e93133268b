// The key-value databases' names, in a module of their own: the entry needs them (to finish a
// rebuild left halfway) without loading the stores or the rebuild.

/** The device keys' database and its store. */
export const KEYS_DATABASE = { name: 'koers-keys', store: 'keys' } as const;
/** The settings' database and its store. */
export const SETTINGS_DATABASE = { name: 'koers-settings', store: 'settings' } as const;
/** Both key-value databases, in the order a rebuild takes them. */
export const KEYVAL_DATABASES = [KEYS_DATABASE, SETTINGS_DATABASE] as const;

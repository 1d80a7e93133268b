// The size of the passkey's PRF input, in a module of its own: the lock screen asks the
// passkey with it, and must not load the wrapper schemas (zod) to know a number.

/** Bytes of the passkey's PRF input (the WebAuthn PRF extension's `first` salt). */
export const PRF_SALT_BYTES = 32;

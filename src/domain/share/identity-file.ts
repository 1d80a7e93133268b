// Reading an age identity file as text: the plain form `age-keygen` writes (comment lines, then
// one AGE-SECRET-KEY-1… line). Pure, so the screens can tell a plain key file from a
// passphrase-protected one without loading the encryption code.

/** Extracts the one X25519 identity from identity-file text (comments and blanks ignored). */
export function parseIdentityFile(text: string): string | null {
  const keys = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'));
  const [first] = keys;
  return keys.length === 1 && first !== undefined && /^AGE-SECRET-KEY-1[0-9A-Z]+$/.test(first)
    ? first
    : null;
}

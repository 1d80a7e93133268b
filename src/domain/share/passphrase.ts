// Passphrases: generating six words from a list, and judging the strength of one's own.

/** Words in a generated passphrase. */
export const PASSPHRASE_WORDS = 6;

/** A uniformly random integer in [0, n), by rejection sampling (no modulo bias). */
export function randomIndex(n: number, random: (buf: Uint32Array) => Uint32Array): number {
  const limit = Math.floor(0x1_0000_0000 / n) * n;
  const buf = new Uint32Array(1);
  for (;;) {
    const [x = 0] = random(buf);
    if (x < limit) return x % n;
  }
}

/** Six words drawn independently and uniformly from `words`, joined by single spaces. */
export function generatePassphrase(
  words: readonly string[],
  random: (buf: Uint32Array) => Uint32Array = (b) => crypto.getRandomValues(b),
  count = PASSPHRASE_WORDS,
): string {
  if (words.length < 2) throw new RangeError('A word list needs at least two words.');
  return Array.from({ length: count }, () => words[randomIndex(words.length, random)]).join(' ');
}

/** Entropy in bits of a generated passphrase: count × log2(list size). */
export function generatedEntropyBits(listSize: number, count = PASSPHRASE_WORDS): number {
  return count * Math.log2(listSize);
}

/** The strength levels shown by the meter. */
export type Strength = 'too-weak' | 'weak' | 'fair' | 'strong';

/** Bits needed for each level (passphrases face offline guessing against scrypt). */
const LEVELS: readonly [Strength, number][] = [
  ['strong', 70],
  ['fair', 50],
  ['weak', 35],
];

/**
 * A conservative entropy estimate of a typed passphrase, in bits. Words count as words from a
 * 10 000-word vocabulary (people pick common words), other runs by their character classes;
 * repeated pieces and runs of one character add nothing.
 */
export function estimateEntropyBits(passphrase: string): number {
  const text = passphrase.normalize('NFC').trim();
  if (text.length === 0) return 0;
  const pieces = text.split(/\s+/);
  const seen = new Set<string>();
  let bits = 0;
  for (const piece of pieces) {
    const key = piece.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    bits += pieceBits(piece);
  }
  return Math.round(bits * 10) / 10;
}

/** Bits of one whitespace-free piece. */
function pieceBits(piece: string): number {
  // A run of one repeated character is as good as one character.
  const collapsed = piece.replace(/(.)\1+/gu, '$1');
  if (/^\p{Ll}+$/u.test(collapsed) && collapsed.length >= 3) {
    // A lowercase word: about 13.3 bits for a common word, a little more for long ones.
    return Math.log2(10_000) + Math.max(0, collapsed.length - 8);
  }
  let pool = 0;
  if (/\p{Ll}/u.test(collapsed)) pool += 26;
  if (/\p{Lu}/u.test(collapsed)) pool += 26;
  if (/\d/.test(collapsed)) pool += 10;
  if (/[^\p{L}\d]/u.test(collapsed)) pool += 33;
  // Predictable patterns (Word123!) are far weaker than random characters: count 60 %.
  return [...collapsed].length * Math.log2(Math.max(pool, 2)) * 0.6;
}

/** The meter's level for an estimate in bits. */
export function strengthOf(bits: number): Strength {
  for (const [level, min] of LEVELS) if (bits >= min) return level;
  return 'too-weak';
}

/** True when a passphrase is strong enough to use (weak is allowed with a warning). */
export function acceptablePassphrase(passphrase: string): boolean {
  return strengthOf(estimateEntropyBits(passphrase)) !== 'too-weak';
}

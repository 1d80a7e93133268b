// Composes free text of a realistic length from the sentence banks.
import { corpus, type Lang, type TextKind } from './corpus';
import type { Rng } from './random';

/** Joins random sentences of `kind` until the text reaches about `targetChars` characters. */
export function composeText(rng: Rng, lang: Lang, kind: TextKind, targetChars: number): string {
  const bank = corpus[lang][kind];
  const parts: string[] = [rng.pick(bank)];
  let length = parts[0]?.length ?? 0;
  while (length < targetChars) {
    const next = rng.pick(bank);
    parts.push(next);
    length += next.length + 1;
  }
  return parts.join(' ');
}

/** Text whose length follows a clamped normal distribution around `mean` characters. */
export function textOfLength(
  rng: Rng,
  lang: Lang,
  kind: TextKind,
  mean: number,
  sd: number,
): string {
  return composeText(rng, lang, kind, rng.normalInt(mean, sd, 1, mean * 4));
}

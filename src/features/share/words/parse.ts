// Turns a word list written as whitespace-separated text into an array.

/** Splits a list written as whitespace-separated words. */
export function parseWordList(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

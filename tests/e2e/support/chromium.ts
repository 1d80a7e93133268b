// Finds Debian's Chromium (Playwright's own browser download does not work here).
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** The path of a Chromium binary, or undefined when none is installed. */
export function findChromium(): string | undefined {
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}

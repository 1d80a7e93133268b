// Two projects: fast unit/integration tests in Node, and the browser suite in Debian's
// Chromium. Without Chromium the browser suite cannot run: outside CI that is said loudly and
// only the unit tests run; with CI=true the browser suite's setup fails the run.
import { defineConfig } from 'vitest/config';
import { findChromium } from './tests/e2e/support/chromium.ts';

const chromium = findChromium();
const runBrowserSuite = Boolean(chromium) || process.env.CI === 'true';
if (!runBrowserSuite) {
  const line = '!'.repeat(78);
  console.warn(
    `\n${line}\n  NO CHROMIUM FOUND: the browser suite (tests/e2e) is NOT running.\n  Install it with: apt-get install -y chromium   (or set CHROMIUM_PATH)\n${line}\n`,
  );
}

// The unit tests run in three time zones: the client's own (Amsterdam), far west (Los Angeles)
// and the first to see a new day (Kiritimati, UTC+14), so a day computed in UTC or in the wrong
// zone fails somewhere. `npm run test:unit` runs them all.
// The zones run one after another (groupOrder), so the scrypt-heavy tests never share the
// cores three ways and run into their timeouts.
const unitIn = (name: string, timeZone: string, groupOrder: number) => ({
  test: {
    name,
    env: { TZ: timeZone },
    sequence: { groupOrder },
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    // A limit only catches a hang: the heaviest tests (scrypt per byte, a year of data for 50
    // clients) take 10–30 s alone and several times that on a loaded 2-core machine.
    testTimeout: 120_000,
  },
});
const unit = unitIn('unit', 'Europe/Amsterdam', 0);
const unitLosAngeles = unitIn('unit:los-angeles', 'America/Los_Angeles', 1);
const unitKiritimati = unitIn('unit:kiritimati', 'Pacific/Kiritimati', 2);
const units = [unit, unitLosAngeles, unitKiritimati];

const e2e = {
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
};

export default defineConfig({
  test: {
    projects: runBrowserSuite ? [...units, e2e] : units,
  },
});

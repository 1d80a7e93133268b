// An export carries only what the user means: the fictional example data stays on the device
// unless the user ticks it (the summary says how much is example data), and a guided session
// opened and left empty never goes along.
import { describe, expect } from 'vitest';
import { expectNoAxeViolations } from '../support/app';
import { test } from '../support/fixtures';
import { databaseCounts, go, loadExampleData, startOffline } from './share-page';

/** The summary's counts, added up ("Diary forms: 5" and so on). */
async function summaryTotal(page: import('playwright-core').Page): Promise<number> {
  const lines = await page.getByTestId('export-summary').locator('li').allTextContents();
  return lines.reduce((sum, line) => sum + Number(line.split(': ').at(-1)), 0);
}

describe('what an export carries', () => {
  test('leaves example data and an empty guided session home unless the user includes them', async ({
    context,
  }) => {
    const page = await startOffline(context);
    await loadExampleData(page);
    const before = await databaseCounts(page);
    const examples = Object.values(before).reduce((a, b) => a + b, 0);
    // Opening the guided screen and leaving it stores no session: there is nothing in it.
    await go(page, '/focusing/new');
    await page.getByRole('heading', { name: 'Focusing session' }).waitFor();
    await page.locator('#stage-title').waitFor();

    await go(page, '/share/export');
    expect((await databaseCounts(page)).focusingSessions).toBe(before.focusingSessions);
    const line = page.getByTestId('export-examples');
    await expect.poll(() => line.textContent()).toMatch(/items of example data stay on this/);
    const left = Number((await line.textContent())?.match(/\d+/)?.[0]);
    expect(await summaryTotal(page)).toBe(0);
    await page.getByText('There is nothing to share with this choice.').waitFor();
    expect(await page.getByRole('button', { name: 'Make the file' }).isDisabled()).toBe(true);
    await expectNoAxeViolations(page, 'export without example data');

    await page.getByLabel('Include the example data').check();
    await expect.poll(() => line.textContent()).toBe(`Of these, ${left} items are example data.`);
    // Everything that goes is example data.
    expect(await summaryTotal(page)).toBe(left);
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(examples);
  });
});

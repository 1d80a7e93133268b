// The app lock on by default for a coach: the coach's first run ends on the lock step (the
// lock's own turn-on flow with the coach's reason), a reload there comes back to it, "Not
// now" goes on without the lock, and turning the lock on from there works and then goes on.
// A turn that cannot be finished leaves no one stuck: it can be turned back off, and the first
// run goes on without the lock.
// axe finds nothing on the step, in English (light) and Dutch (dark), at 360 × 740.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { aboutAcknowledge, expectNoAxeViolations, openApp, storedSettings } from '../support/app';
import { test } from '../support/fixtures';
import { PASSPHRASE, storedLockState, storedRows } from './lock-page';

const words = {
  en: {
    step: 'Protect this device',
    reason: 'You hold other people’s health data',
    notNow: 'Not now',
    goOn: 'Continue to Koers',
    today: 'Today',
  },
  nl: {
    step: 'Bescherm dit apparaat',
    reason: 'Je bewaart gezondheidsgegevens van anderen',
    notNow: 'Nu niet',
    goOn: 'Verder naar Koers',
    today: 'Vandaag',
  },
};

/** Chooses the language and the coach's role and acknowledges the about text. */
async function toLockStep(page: Page, language: 'en' | 'nl'): Promise<void> {
  await openApp(page);
  await page.locator(`input[name="language"][value="${language}"]`).check();
  await page.waitForFunction((wanted) => document.documentElement.lang === wanted, language);
  await page.locator('input[name="role"][value="coach"]').check();
  await page.locator('form button[type="submit"]').click();
  await page.getByTestId('about-coach').waitFor();
  await page.getByRole('button', { name: aboutAcknowledge[language] }).click();
}

describe.each(['en', 'nl'] as const)('the coach’s lock step in %s', (language) => {
  const w = words[language];
  test.override({
    contextOptions: {
      locale: language === 'nl' ? 'nl-NL' : 'en-GB',
      colorScheme: language === 'nl' ? 'dark' : 'light',
    },
  });

  test('comes after the about text, survives a reload, and "Not now" goes on', async ({ page }) => {
    await toLockStep(page, language);
    await page.getByRole('heading', { name: w.step, level: 1 }).waitFor();
    // The lock's own section, with the coach's reason, the turn-on flow first.
    await page.getByText(w.reason, { exact: false }).waitFor();
    await page.locator('#lock-new').waitFor();
    // No backup offer: a new device holds nothing, and the first run has no way to it.
    expect(await page.locator('a[href="/share/export?kind=backup"]').count()).toBe(0);
    // The step's heading takes the focus, so a screen reader starts there.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await expectNoAxeViolations(page, `lock step (${language})`);
    // The first run is not finished yet: the role is kept, the acknowledgment waits.
    let settings = await storedSettings(page);
    expect(settings.role).toBe('coach');
    expect(settings.aboutReadAt).toBeNull();

    await page.reload();
    await page.getByRole('heading', { name: w.step, level: 1 }).waitFor();
    await page.getByRole('button', { name: w.notNow }).click();
    await page.getByRole('heading', { name: w.today, level: 1 }).waitFor();
    settings = await storedSettings(page);
    expect(typeof settings.aboutReadAt).toBe('string');
    expect(await storedLockState(page)).toBe('off');
    // A later start goes straight to Today.
    await page.reload();
    await page.getByRole('heading', { name: w.today, level: 1 }).waitFor();
  });
});

/** Chooses the passphrase and shows the recovery key, as far as the last click. */
async function toRecoveryKey(page: Page): Promise<void> {
  await page.locator('#lock-new').fill(PASSPHRASE);
  await page.locator('#lock-repeat').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByTestId('recovery-key').waitFor({ timeout: 60_000 });
  await page.getByLabel('I have saved or written down the recovery key').check();
}

/** Makes every write of the finished state ("on") fail, as a full disk would, again and again. */
async function failEveryFinish(page: Page): Promise<void> {
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      value: unknown,
      key?: IDBValidKey,
    ) {
      if (this.name === 'lockState' && (value as { state?: unknown })?.state === 'on') {
        throw new DOMException('The disk is full', 'QuotaExceededError');
      }
      return put.call(this, value, key);
    };
  });
}

describe('turning the lock on in the coach’s first run', () => {
  test('sets the lock up, then goes on to Today', async ({ page }) => {
    await toLockStep(page, 'en');
    await toRecoveryKey(page);
    await page.getByRole('button', { name: 'Turn the lock on' }).click();
    // Once the lock is on, the step offers to go on (and no longer "Not now").
    const goOn = page.getByRole('button', { name: words.en.goOn });
    await goOn.waitFor({ timeout: 60_000 });
    expect(await page.getByRole('button', { name: words.en.notNow }).count()).toBe(0);
    // Nothing was written before the lock: no old traces to clear, and no word of them.
    await page
      .getByText('The lock is on. What you write from now on is stored encrypted.')
      .waitFor();
    expect(await page.getByRole('button', { name: 'Clear old traces' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'lock step, lock on');
    expect(await storedLockState(page)).toBe('on');
    await goOn.click();
    await page.getByRole('heading', { name: words.en.today, level: 1 }).waitFor();
    const settings = await storedSettings(page);
    expect(settings.role).toBe('coach');
    expect(typeof settings.aboutReadAt).toBe('string');
  });

  test('a turn that cannot be finished is turned back off, and the first run goes on', async ({
    page,
  }) => {
    await toLockStep(page, 'en');
    await toRecoveryKey(page);
    await failEveryFinish(page);
    await page.getByRole('button', { name: 'Turn the lock on' }).click();
    await page.getByText('This could not be finished', { exact: false }).waitFor({
      timeout: 60_000,
    });
    await page.getByText('The lock is not on completely yet', { exact: false }).waitFor();
    expect(await storedLockState(page)).toBe('turning-on');
    // Halfway, neither "Not now" nor "Continue": finishing, or going back.
    expect(await page.getByRole('button', { name: words.en.notNow }).count()).toBe(0);
    expect(await page.getByRole('button', { name: words.en.goOn }).count()).toBe(0);
    await page.getByRole('button', { name: 'Finish turning the lock on' }).waitFor();
    await expectNoAxeViolations(page, 'lock step, the lock halfway on');

    await page.getByRole('button', { name: 'Turn the lock back off' }).click();
    await page.getByText('If finishing keeps failing, you can go back', { exact: false }).waitFor();
    // The passphrase field takes the focus; no backup offer in a first run.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('lock-back-off-passphrase');
    expect(await page.locator('a[href="/share/export?kind=backup"]').count()).toBe(0);
    await page.locator('#lock-back-off-passphrase').fill('not the passphrase');
    await page.getByRole('button', { name: 'Turn the lock back off' }).click();
    await page.getByText('This passphrase does not open the lock.', { exact: false }).waitFor();
    expect(await storedLockState(page)).toBe('turning-on');
    await expectNoAxeViolations(page, 'lock step, going back, wrong passphrase');

    await page.locator('#lock-back-off-passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Turn the lock back off' }).click();
    await page.getByText('The lock is off.', { exact: true }).waitFor({ timeout: 60_000 });
    expect(await storedLockState(page)).toBe('off');
    expect(await storedRows(page, 'lockKeys')).toEqual([]);
    // With the lock off, the step offers to go on without it.
    await page.getByRole('button', { name: words.en.notNow }).click();
    await page.getByRole('heading', { name: words.en.today, level: 1 }).waitFor();
    expect(typeof (await storedSettings(page)).aboutReadAt).toBe('string');
    // A later start goes to Today, not to a lock screen.
    await page.reload();
    await page.getByRole('heading', { name: words.en.today, level: 1 }).waitFor();
    expect(await page.locator('#lock-title').count()).toBe(0);
  });
});

// "About Koers and your data" and the client's question, in English and Dutch, offline at
// 360 × 740: the first run shows what Koers is and is not and starts only after the
// acknowledgment (no box ticked for the person), the help page opens from it and leads back,
// the coach reads a version of their own, a device set up before asks for the
// acknowledgment alone, and the text is there again from Settings and Help. The question for this coaching is written on the trajectory page, survives a reload
// as a draft and once saved, and opens the own report; My story and the prompts on the
// self-investigation and focusing survive a reload and are stored in the own report.
// axe finds nothing (Dutch in the dark theme) and no screen scrolls sideways.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import {
  aboutAcknowledge,
  expectNoAxeViolations,
  finishFirstRun,
  go,
  goOffline,
  lockNotNow,
  openApp,
  patchSettings,
  storedSettings,
  waitForDraft,
  waitForServiceWorker,
  watchForeignRequests,
} from '../support/app';
import { test } from '../support/fixtures';

const words = {
  en: {
    welcome: 'Welcome to Koers',
    next: 'Next',
    about: 'About Koers and your data',
    notTherapy: 'It is not therapy, and it makes no diagnosis.',
    crisis: 'Koers is not meant for a crisis.',
    crisisLink: 'Who you can call right now',
    coachCrisisLink: 'Who a client can call right now',
    help: 'Help now',
    toStart: 'Back to the start',
    back: 'Back',
    health: 'What you write here is health data.',
    noServer: 'there is no account and no server',
    share: 'Example data goes along only if you tick it.',
    more: 'More about your data',
    backup: 'Make a backup now and then',
    coachHolds: 'You hold other people’s health data.',
    coachLocked: 'Keep this device locked',
    today: 'Today',
    settings: 'Settings',
    readOn: 'You read this on',
    trajectory: 'Trajectory',
    questionTitle: 'My question for this coaching',
    questionSave: 'Save my question',
    questionSaved: 'Question saved.',
    report: 'Your own report',
    story: 'My story',
    investigation: 'What did the self-investigation mean to you?',
    focusing: 'What did focusing mean to you?',
    saveReport: 'Save report',
    saved: 'Report saved.',
    lookBack: 'You started with this question. How do you look at it now?',
  },
  nl: {
    welcome: 'Welkom bij Koers',
    next: 'Volgende',
    about: 'Over Koers en je gegevens',
    notTherapy: 'Het is geen therapie, en het stelt geen diagnose.',
    crisis: 'Koers is niet bedoeld voor een crisis.',
    crisisLink: 'Wie je nu kunt bellen',
    coachCrisisLink: 'Wie een cliënt nu kan bellen',
    help: 'Nu hulp',
    toStart: 'Terug naar het begin',
    back: 'Terug',
    health: 'Wat je hier schrijft, zijn gezondheidsgegevens.',
    noServer: 'er is geen account en geen server',
    share: 'Voorbeeldgegevens gaan alleen mee als je dat aanvinkt.',
    more: 'Meer over je gegevens',
    backup: 'Maak daarom af en toe een back-up',
    coachHolds: 'Je bewaart gezondheidsgegevens van anderen.',
    coachLocked: 'Vergrendel dit apparaat',
    today: 'Vandaag',
    settings: 'Instellingen',
    readOn: 'Je las dit op',
    trajectory: 'Traject',
    questionTitle: 'Mijn vraag voor deze coaching',
    questionSave: 'Mijn vraag opslaan',
    questionSaved: 'Vraag opgeslagen.',
    report: 'Je eigen verslag',
    story: 'Mijn verhaal',
    investigation: 'Wat heeft het zelfonderzoek voor je betekend?',
    focusing: 'Wat heeft focussen voor je betekend?',
    saveReport: 'Verslag opslaan',
    saved: 'Verslag opgeslagen.',
    lookBack: 'Met deze vraag begon je. Hoe kijk je er nu naar?',
  },
} as const;

/** Whether the page is wider than the 360 px phone (it would scroll sideways). */
const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

/** The live own reports as stored: the prompts of their sections, in order. */
const storedPrompts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[][]>((resolve, reject) => {
        const open = indexedDB.open('koers');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('ownReports').objectStore('ownReports').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(
              (all.result as { sections: { prompt: string }[]; deletedAt?: string }[])
                .filter((report) => !report.deletedAt)
                .map((report) => report.sections.map((section) => section.prompt)),
            );
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );

/** Opens the app in the test's phone profile and takes it offline once the service worker controls it. */
async function offlinePhone(context: BrowserContext) {
  const foreign = watchForeignRequests(context);
  const page = await context.newPage();
  await openApp(page);
  await waitForServiceWorker(page);
  await goOffline(context);
  return { page, foreign };
}

describe.each(['en', 'nl'] as const)('consent and the client’s question in %s', (language) => {
  const w = words[language];
  test.override({
    contextOptions: {
      locale: language === 'nl' ? 'nl-NL' : 'en-GB',
      // Dutch in the dark theme, English in the light one: both themes pass axe.
      colorScheme: language === 'nl' ? 'dark' : 'light',
    },
  });

  test('starts only after the client acknowledges what Koers is and where the data lives', async ({
    context,
  }) => {
    const { page, foreign } = await offlinePhone(context);
    await page.locator(`input[name="language"][value="${language}"]`).check();
    await page.waitForFunction((wanted) => document.documentElement.lang === wanted, language);
    await page.locator('input[name="role"][value="client"]').check();
    await page.getByRole('button', { name: w.next }).click();

    const about = page.getByTestId('about-client');
    await page.getByRole('heading', { name: w.about, level: 1 }).waitFor();
    for (const text of [w.notTherapy, w.crisis, w.health, w.noServer, w.share]) {
      await about.getByText(text, { exact: false }).waitFor();
    }
    // Acknowledged with a button: nothing is ticked for the person, nothing stored yet.
    expect(await page.locator('input[type="checkbox"]').count()).toBe(0);
    expect((await storedSettings(page)).role ?? null).toBeNull();
    expect(await overflows(page)).toBe(false);
    await expectNoAxeViolations(page, `about, first run (${language})`);
    // The details open on request.
    await page.getByText(w.more).click();
    await about.getByText(w.backup, { exact: false }).waitFor();
    expect(await overflows(page)).toBe(false);
    await expectNoAxeViolations(page, `about, details open (${language})`);

    // The help page opens from here and leads back to the same text.
    await page.getByRole('link', { name: w.crisisLink }).click();
    await page.getByRole('heading', { name: w.help, level: 1 }).waitFor();
    await expectNoAxeViolations(page, `help from the first run (${language})`);
    await page.getByRole('link', { name: w.toStart }).click();
    await page.getByRole('heading', { name: w.about, level: 1 }).waitFor();

    // A reload before the acknowledgment starts the first run again.
    await page.reload();
    await page.getByRole('heading', { name: w.welcome, level: 1 }).waitFor();
    await page.locator('input[name="role"][value="client"]').check();
    await page.getByRole('button', { name: w.next }).click();
    await page.getByRole('button', { name: aboutAcknowledge[language] }).click();
    await page.getByRole('heading', { name: w.today, level: 1 }).waitFor();
    const settings = await storedSettings(page);
    expect(settings.role).toBe('client');
    expect(typeof settings.aboutReadAt).toBe('string');

    // Read again later: from Settings, and from the help page.
    await go(page, '/settings');
    await page.getByRole('heading', { name: w.settings, level: 1 }).waitFor();
    await page.getByRole('link', { name: w.about }).click();
    await page.getByRole('heading', { name: w.about, level: 1 }).waitFor();
    await page.getByTestId('about-client').getByText(w.health).waitFor();
    await page.getByText(w.readOn, { exact: false }).waitFor();
    expect(await overflows(page)).toBe(false);
    await expectNoAxeViolations(page, `about, from settings (${language})`);
    await go(page, '/help');
    await page.getByRole('heading', { name: w.help, level: 1 }).waitFor();
    await page.getByRole('link', { name: w.about }).click();
    await page.getByRole('heading', { name: w.about, level: 1 }).waitFor();
    expect(foreign).toEqual([]);
  });

  test('gives the coach a version of their own', async ({ context }) => {
    const { page, foreign } = await offlinePhone(context);
    await page.locator(`input[name="language"][value="${language}"]`).check();
    await page.waitForFunction((wanted) => document.documentElement.lang === wanted, language);
    await page.locator('input[name="role"][value="coach"]').check();
    await page.getByRole('button', { name: w.next }).click();
    const about = page.getByTestId('about-coach');
    await about.getByText(w.coachHolds).waitFor();
    await about.getByText(w.coachLocked, { exact: false }).waitFor();
    await about.getByRole('link', { name: w.coachCrisisLink }).waitFor();
    expect(await overflows(page)).toBe(false);
    await expectNoAxeViolations(page, `about, coach (${language})`);
    await page.getByRole('button', { name: aboutAcknowledge[language] }).click();
    // A coach then protects the device, or goes on without the lock for now.
    await page.getByRole('button', { name: lockNotNow[language] }).click();
    await page.getByRole('heading', { name: w.today, level: 1 }).waitFor();
    await go(page, '/about');
    await page.getByTestId('about-coach').getByText(w.coachHolds).waitFor();

    // A device set up before this text existed is asked for the acknowledgment alone.
    await patchSettings(page, { aboutReadAt: null });
    await go(page, '/');
    await page.getByTestId('about-coach').getByText(w.coachHolds).waitFor();
    expect(await page.getByRole('button', { name: w.back, exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: aboutAcknowledge[language] }).click();
    await page.getByRole('button', { name: lockNotNow[language] }).click();
    await page.getByRole('heading', { name: w.today, level: 1 }).waitFor();
    expect((await storedSettings(page)).role).toBe('coach');
    expect(foreign).toEqual([]);
  });

  test('keeps the question for this coaching and opens the own report with it', async ({
    context,
  }) => {
    const { page, foreign } = await offlinePhone(context);
    await finishFirstRun(page, 'client', language);
    await go(page, '/trajectory');
    await page.getByRole('heading', { name: w.trajectory, level: 1 }).waitFor();
    await page.getByRole('heading', { name: w.questionTitle, level: 2 }).waitFor();
    const question = page.locator('#starting-question');
    await question.fill('How do I find joy in my work again, without having to prove myself?');
    await waitForDraft(page, 'How do I find joy in my work again, without having to prove myself?');
    // An unsaved question survives a reload as a draft.
    await page.reload();
    await expect
      .poll(() => page.locator('#starting-question').inputValue())
      .toBe('How do I find joy in my work again, without having to prove myself?');
    expect(await overflows(page)).toBe(false);
    await expectNoAxeViolations(page, `trajectory with the question (${language})`);
    await page.getByRole('button', { name: w.questionSave }).click();
    await page.getByText(w.questionSaved).waitFor();
    expect(await storedPrompts(page)).toEqual([[w.questionTitle]]);
    // Changed later: the one question is replaced.
    await question.fill('How do I find joy in my work again?');
    await page.getByRole('button', { name: w.questionSave }).click();
    await expect.poll(() => page.getByText(w.questionSaved).count()).toBe(1);
    await page.reload();
    await expect
      .poll(() => page.locator('#starting-question').inputValue())
      .toBe('How do I find joy in my work again?');

    // The own report opens with it, then My story and the prompts.
    await go(page, '/trajectory/report');
    await page.getByRole('heading', { name: w.report, level: 1 }).waitFor();
    const shown = page.getByTestId('report-question');
    await expect.poll(() => shown.textContent()).toBe('How do I find joy in my work again?');
    await page.getByText(w.lookBack).waitFor();
    await page.getByLabel(w.story).fill('It began in the lab, after the burn-out.');
    await page.getByLabel(w.investigation, { exact: false }).fill('I saw my drive in numbers.');
    await page.getByLabel(w.focusing, { exact: false }).fill('The wall got a door.');
    await waitForDraft(page, 'The wall got a door.');
    await page.reload();
    await expect
      .poll(() => page.getByLabel(w.story).inputValue())
      .toBe('It began in the lab, after the burn-out.');
    expect(await page.getByLabel(w.investigation, { exact: false }).inputValue()).toBe(
      'I saw my drive in numbers.',
    );
    expect(await page.getByLabel(w.focusing, { exact: false }).inputValue()).toBe(
      'The wall got a door.',
    );
    // The question sits above My story.
    const questionBox = await shown.boundingBox();
    const storyBox = await page.getByLabel(w.story).boundingBox();
    expect(questionBox && storyBox && questionBox.y < storyBox.y).toBe(true);
    expect(await overflows(page)).toBe(false);
    await expectNoAxeViolations(page, `own report with the question (${language})`);

    await page.getByRole('button', { name: w.saveReport }).click();
    await page.getByText(w.saved).waitFor();
    // Stored in the own report: the question first, then My story, then the prompts.
    await expect
      .poll(() => storedPrompts(page))
      .toEqual([[w.questionTitle, w.story, w.investigation, w.focusing]]);
    await page.reload();
    await expect
      .poll(() => page.getByLabel(w.story).inputValue())
      .toBe('It began in the lab, after the burn-out.');
    await expect.poll(() => shown.textContent()).toBe('How do I find joy in my work again?');
    expect(foreign).toEqual([]);
  });
});

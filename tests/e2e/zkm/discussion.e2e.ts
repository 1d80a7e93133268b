import { expect } from 'vitest';
import { exampleId } from '../../../src/domain/example/ids';
import {
  expectNoAxeViolations,
  go,
  waitForDraft,
  waitForScreenFocus,
  watchForeignRequests,
} from '../support/app';
import { test } from '../support/fixtures';
import { activate, loadExample, tabTo } from './zkm-page';

const SECOND = exampleId(2002);

const words = {
  en: {
    locale: 'en-GB',
    previous: 'Last time’s discussion',
    previousThread: 'Overal moet ik laten zien dat ik het kan',
    discuss: 'Discuss the results',
    title: 'Discussing the results',
    lastTime: 'Last time: Fits',
    fitLegend: 'Does valuation 1 fit how you see it?',
    doesNotFit: 'Does not fit',
    note: 'In your own words (valuation 1)',
    key: 'Key valuation: this one matters most',
    thread: 'The thread running through them',
    addTheme: 'Add a theme',
    theme1: 'Theme 1',
    makeTheme: 'Work on theme 1 in the change process',
    made: 'is now part of your change process',
    openTheme: 'In your change process: open the theme',
    restored: 'Your changes that were not saved yet are back.',
    save: 'Save the discussion',
    saved: 'Discussion saved.',
  },
  nl: {
    locale: 'nl-NL',
    previous: 'De bespreking van de vorige keer',
    previousThread: 'Overal moet ik laten zien dat ik het kan',
    discuss: 'De uitslag bespreken',
    title: 'Bespreking van de uitslag',
    lastTime: 'Vorige keer: Klopt',
    fitLegend: 'Past waardering 1 bij hoe jij het ziet?',
    doesNotFit: 'Klopt niet',
    note: 'In je eigen woorden (waardering 1)',
    key: 'Kernwaardering: deze doet er het meest toe',
    thread: 'De rode draad',
    addTheme: 'Thema toevoegen',
    theme1: 'Thema 1',
    makeTheme: 'Met thema 1 verder in het veranderingsproces',
    made: 'hoort nu bij je veranderingsproces',
    openTheme: 'In je veranderingsproces: open het thema',
    restored: 'Je wijzigingen die nog niet bewaard waren, zijn terug.',
    save: 'Bespreking bewaren',
    saved: 'Bespreking bewaard.',
  },
} as const;

for (const language of ['en', 'nl'] as const) {
  const w = words[language];
  test(`discusses the results with the keyboard (${language})`, { timeout: 150_000 }, async ({
    newProfile,
  }) => {
    const context = await newProfile({ locale: w.locale });
    const foreign = watchForeignRequests(context);
    const page = await context.newPage();
    await loadExample(page, language);
    await go(page, `/zkm/${SECOND}/results`);
    // Last time's discussion sits beside the new results.
    const previous = page.getByRole('region', { name: w.previous });
    await previous.waitFor();
    await previous.getByText(w.previousThread).waitFor();
    await expectNoAxeViolations(page, `results with last time's discussion (${language})`);

    await activate(page, page.getByRole('link', { name: w.discuss }).first());
    await page.getByRole('heading', { level: 1, name: w.title }).waitFor();
    await waitForScreenFocus(page);
    // The modified valuation shows what was said about its predecessor.
    await page.getByText(w.lastTime).first().waitFor();
    await expectNoAxeViolations(page, `discussion (${language})`);

    // Valuation 1: "does not fit" (arrow keys move within the radio group), a note, key.
    const group = page.getByRole('group', { name: w.fitLegend });
    await tabTo(page, group.getByRole('radio').first());
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => group.getByRole('radio', { name: w.doesNotFit }).isChecked())
      .toBe(true);
    await page.keyboard.press('Tab');
    const note = page.getByLabel(w.note);
    await expect.poll(() => note.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Mijn vader zit er nog steeds in');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect
      .poll(() => page.getByRole('checkbox', { name: w.key }).first().isChecked())
      .toBe(true);

    // The draft comes back after a reload.
    await waitForDraft(page, 'Mijn vader zit er nog steeds in');
    await page.reload();
    await page.getByText(w.restored).waitFor();
    await expect
      .poll(() => page.getByLabel(w.note).inputValue())
      .toBe('Mijn vader zit er nog steeds in');

    // The thread and a theme, made a theme of the change process in one step.
    await tabTo(page, page.getByLabel(w.thread));
    await page.keyboard.type('Bewijzen, en dan de ander kwijtraken');
    await activate(page, page.getByRole('button', { name: w.addTheme }));
    const theme = page.getByLabel(w.theme1);
    await expect.poll(() => theme.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Durven vragen');
    await activate(page, page.getByRole('button', { name: w.makeTheme }));
    await page.getByRole('status').filter({ hasText: w.made }).waitFor();
    const open = page.getByRole('link', { name: w.openTheme });
    await open.waitFor();

    // Saved: a fresh load shows the discussion without a restored draft.
    await activate(page, page.getByRole('button', { name: w.save }));
    await page.getByRole('status').filter({ hasText: w.saved }).waitFor();
    await page.reload();
    await expect
      .poll(() => page.getByLabel(w.note).inputValue())
      .toBe('Mijn vader zit er nog steeds in');
    await expect
      .poll(() => page.getByLabel(w.thread).inputValue())
      .toBe('Bewijzen, en dan de ander kwijtraken');
    expect(await page.getByText(w.restored).count()).toBe(0);

    // The theme is in the change process, with the key valuation linked.
    await activate(page, page.getByRole('link', { name: w.openTheme }));
    await page.getByRole('heading', { level: 1, name: 'Durven vragen' }).waitFor();
    await expectNoAxeViolations(page, `theme made from the discussion (${language})`);
    expect(foreign).toEqual([]);
  });
}

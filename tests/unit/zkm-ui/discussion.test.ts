// The discussion of the results: the form's rules by hand, and its persistence through the
// feature's data layer (one record per investigation, a theme made from it in one step).
import { describe, expect, it } from 'vitest';
import { recordById } from '../../../src/db/read';
import { defaultAffectList } from '../../../src/domain/zkm/default-affect-list';
import {
  discussionToForm,
  formToDiscussion,
  keyValuationIds,
  tallyDiscussion,
  themeFromDiscussion,
} from '../../../src/domain/zkm/discussion';
import {
  addValuation,
  loadDiscussion,
  makeChangeTheme,
  saveDiscussion,
  startInvestigation,
} from '../../../src/features/zkm/data';
import { freshDatabasePerTest } from './db';

const owner = '6f1d2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b';
const themeId = '7a1d2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b';
const vals = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];

describe('discussion rules', () => {
  it('fills the form from what was stored, one entry per current valuation', () => {
    const form = discussionToForm(vals.slice(0, 2), {
      valuations: [
        { valuationId: 'b', fit: 'notSure', note: 'Weet niet', key: true },
        { valuationId: 'gone', fit: 'fits' },
      ],
      thread: 'Bewijzen',
      themes: [],
    });
    expect(form.entries).toEqual({
      a: { fit: undefined, note: '', key: false },
      b: { fit: 'notSure', note: 'Weet niet', key: true },
    });
    expect(form.thread).toBe('Bewijzen');
  });

  it('stores only entries that say something, trimmed, in the valuations’ order', () => {
    const form = discussionToForm(vals, undefined);
    form.entries.c = { fit: 'doesNotFit', note: '  Niet meer zo  ', key: false };
    form.entries.a = { fit: undefined, note: '   ', key: true };
    form.thread = '  De rode draad ';
    form.themes = [
      { id: themeId, text: ' Hulp vragen ' },
      { id: '8a1d2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b', text: '  ' },
    ];
    expect(formToDiscussion(form, vals)).toEqual({
      valuations: [
        { valuationId: 'a', key: true },
        { valuationId: 'c', fit: 'doesNotFit', note: 'Niet meer zo' },
      ],
      thread: 'De rode draad',
      themes: [{ id: themeId, text: 'Hulp vragen' }],
    });
  });

  it('tallies fits, key valuations and the ones not gone through', () => {
    // a fits (key), b does not fit, c key without a fit (open), d nothing (open); e is gone.
    const tally = tallyDiscussion(vals, [
      { valuationId: 'a', fit: 'fits', key: true },
      { valuationId: 'b', fit: 'doesNotFit' },
      { valuationId: 'c', key: true },
      { valuationId: 'e', fit: 'notSure', key: true },
    ]);
    expect(tally).toEqual({ fits: 1, doesNotFit: 1, notSure: 0, key: 2, open: 2 });
    expect(
      keyValuationIds(vals, [
        { valuationId: 'c', key: true },
        { valuationId: 'a', key: true },
      ]),
    ).toEqual(['a', 'c']);
  });

  it('makes a change-process theme in the attending phase with the key valuations', () => {
    const now = new Date('2026-11-05T10:00:00.000Z');
    expect(themeFromDiscussion({ text: ' Hulp vragen ' }, ' Draad ', ['a'], now)).toEqual({
      title: 'Hulp vragen',
      description: 'Draad',
      valuationIds: ['a'],
      goals: [],
      actionPoints: [],
      phase: 'attending',
      phaseHistory: [{ phase: 'attending', since: '2026-11-05T10:00:00.000Z' }],
    });
    expect(themeFromDiscussion({ text: 'X' }, '', [], now)).not.toHaveProperty('description');
  });
});

describe('discussion persistence', () => {
  freshDatabasePerTest();

  it('keeps one discussion per investigation and turns a theme into a change theme once', async () => {
    const investigation = await startInvestigation(owner, {
      variant: 'life',
      language: 'nl',
      list: { id: '5c7e1c1a-16a0-4e5b-9d1e-000000000016', content: defaultAffectList },
    });
    const a = await addValuation(owner, investigation, { text: 'A', timeFrame: 'past' });
    const b = await addValuation(owner, investigation, { text: 'B', timeFrame: 'present' });
    expect(await loadDiscussion(investigation.id)).toBeUndefined();

    const first = await saveDiscussion(investigation, {
      valuations: [{ valuationId: a.id, fit: 'fits', key: true }],
      thread: '',
      themes: [],
    });
    const second = await saveDiscussion(investigation, {
      valuations: [
        { valuationId: a.id, fit: 'fits', key: true },
        { valuationId: b.id, fit: 'notSure', note: 'Twijfel' },
      ],
      thread: 'Bewijzen',
      themes: [{ id: themeId, text: 'Hulp vragen' }],
    });
    expect(second.id).toBe(first.id);
    expect(second.rev).toBe(2);
    expect((await loadDiscussion(investigation.id))?.valuations).toHaveLength(2);

    const made = await makeChangeTheme(second.id, themeId);
    const theme = await recordById('themes', made);
    expect(theme).toMatchObject({
      ownerId: owner,
      title: 'Hulp vragen',
      description: 'Bewijzen',
      valuationIds: [a.id],
      phase: 'attending',
    });
    expect((await loadDiscussion(investigation.id))?.themes[0]?.themeId).toBe(made);
    // A second click gives the same theme, not a new one.
    expect(await makeChangeTheme(second.id, themeId)).toBe(made);
    // Saving the form again (which does not know the link) keeps it.
    const again = await saveDiscussion(investigation, {
      valuations: [],
      thread: 'Bewijzen',
      themes: [{ id: themeId, text: 'Hulp vragen bij collega’s' }],
    });
    expect(again.themes).toEqual([
      { id: themeId, text: 'Hulp vragen bij collega’s', themeId: made },
    ]);
  });
});

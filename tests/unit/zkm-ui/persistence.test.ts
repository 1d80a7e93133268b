// Integration with fake-indexeddb: an investigation and a re-investigation persisted through
// the feature's data layer; list snapshots stay as they were when the list is edited later.
import { describe, expect, it } from 'vitest';
import { checkAffectList, toDraft } from '../../../src/domain/zkm/affect-list-draft';
import { defaultAffectList } from '../../../src/domain/zkm/default-affect-list';
import { planReinvestigation } from '../../../src/domain/zkm/reinvestigation';
import { moveItem } from '../../../src/domain/zkm/reorder';
import { summarizeInvestigation } from '../../../src/domain/zkm/summary';
import {
  addValuation,
  createAffectList,
  deleteInvestigation,
  deleteValuation,
  editValuation,
  listInvestigations,
  listValuations,
  loadInvestigation,
  saveFeelingRatings,
  saveOrder,
  saveValuationRatings,
  startInvestigation,
  startReinvestigation,
  updateAffectList,
} from '../../../src/features/zkm/data';
import { freshDatabasePerTest } from './db';

const owner = '6f1d2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b';
freshDatabasePerTest();

const all = (value: number) =>
  Object.fromEntries(defaultAffectList.terms.map((t, i) => [t.id, (value + i) % 6]));

describe('investigation persistence', () => {
  it('stores an investigation, its valuations, order and ratings as they are given', async () => {
    const investigation = await startInvestigation(owner, {
      variant: 'career',
      language: 'nl',
      list: { id: '5c7e1c1a-16a0-4e5b-9d1e-000000000016', content: defaultAffectList },
      title: 'Eerste',
    });
    expect(investigation.questions.find((q) => q.key === 'present.work.1')?.text).toContain('werk');
    const a = await addValuation(owner, investigation, { text: 'A', timeFrame: 'past' });
    const b = await addValuation(owner, investigation, {
      text: 'B',
      timeFrame: 'present',
      questionKey: 'present.1',
    });
    const c = await addValuation(owner, investigation, { text: 'C', timeFrame: 'future' });
    expect([a.order, b.order, c.order]).toEqual([0, 1, 2]);
    expect(a.change).toBeUndefined();

    await saveOrder(moveItem(await listValuations(investigation.id), 2, 0));
    expect((await listValuations(investigation.id)).map((v) => v.text)).toEqual(['C', 'A', 'B']);

    const undo = await deleteValuation(b.id);
    expect((await listValuations(investigation.id)).map((v) => v.text)).toEqual(['C', 'A']);
    await undo();
    expect((await listValuations(investigation.id)).map((v) => v.text)).toEqual(['C', 'A', 'B']);

    // One rating at a time, each saved, as the rating screen does.
    let ratings: Record<string, number> = {};
    for (const term of defaultAffectList.terms.slice(0, 5)) {
      ratings = { ...ratings, [term.id]: 3 };
      await saveValuationRatings(a.id, ratings);
    }
    const loaded = await loadInvestigation(investigation.id);
    if (!loaded) throw new Error('not stored');
    const summary = summarizeInvestigation(loaded.investigation, loaded.valuations);
    const rowA = summary.valuations.find((v) => v.id === a.id);
    expect(rowA?.complete).toBe(false);
    expect(rowA && !rowA.complete && rowA.missingTermIds.length).toBe(11);

    await saveFeelingRatings(investigation.id, 'general', all(1));
    await saveFeelingRatings(investigation.id, 'ideal', all(2));
    const stored = await loadInvestigation(investigation.id);
    expect(stored?.investigation.generalFeeling).toEqual(all(1));
    expect(stored?.investigation.idealFeeling).toEqual(all(2));
    expect((await listInvestigations(owner)).map((i) => i.id)).toEqual([investigation.id]);
    expect(await listInvestigations('00000000-0000-4000-8000-000000000000')).toEqual([]);
  });

  it('starts a re-investigation from the previous one in one go', async () => {
    const first = await startInvestigation(owner, {
      variant: 'life',
      language: 'en',
      list: { id: '5c7e1c1a-16a0-4e5b-9d1e-000000000016', content: defaultAffectList },
    });
    const kept = await addValuation(owner, first, { text: 'Kept', timeFrame: 'past' });
    const reworded = await addValuation(owner, first, { text: 'Old words', timeFrame: 'present' });
    const dropped = await addValuation(owner, first, { text: 'Gone', timeFrame: 'future' });
    await saveValuationRatings(kept.id, all(0));

    const plan = planReinvestigation(await listValuations(first.id), {
      [kept.id]: { kind: 'kept' },
      [reworded.id]: { kind: 'modified', text: 'New words' },
      [dropped.id]: { kind: 'dropped' },
    });
    if (!plan.ok) throw new Error('plan failed');
    const second = await startReinvestigation(
      owner,
      first,
      plan.valuations,
      plan.droppedValuationIds,
    );
    const added = await addValuation(owner, second, { text: 'Fresh', timeFrame: 'present' });
    expect(added.change).toBe('new');

    const loaded = await loadInvestigation(second.id);
    expect(loaded?.investigation).toMatchObject({
      kind: 're',
      previousInvestigationId: first.id,
      droppedValuationIds: [dropped.id],
      generalFeeling: {},
      idealFeeling: {},
    });
    expect(loaded?.investigation.affectList).toEqual(first.affectList);
    expect(
      loaded?.valuations.map((v) => [v.text, v.change, v.predecessorId ?? null, v.ratings]),
    ).toEqual([
      ['Kept', 'kept', kept.id, {}],
      ['New words', 'modified', reworded.id, {}],
      ['Fresh', 'new', null, {}],
    ]);
    // The previous investigation is untouched.
    expect((await listValuations(first.id)).map((v) => v.text)).toEqual([
      'Kept',
      'Old words',
      'Gone',
    ]);

    // Rewording a kept valuation later makes it a modified one.
    const keptNow = loaded?.valuations[0];
    if (!keptNow) throw new Error('missing');
    expect(
      (await editValuation(keptNow, { text: 'Kept, reworded', timeFrame: 'past' })).change,
    ).toBe('modified');
  });

  it("keeps an investigation's list snapshot when the list is edited later", async () => {
    const draft = toDraft(defaultAffectList);
    draft.name = 'Coach list';
    const check = checkAffectList(draft);
    if (!check.ok) throw new Error('invalid');
    const list = await createAffectList(owner, check.content);
    const investigation = await startInvestigation(owner, {
      variant: 'life',
      language: 'en',
      list: {
        id: list.id,
        content: { name: list.name, terms: list.terms, thresholds: list.thresholds },
      },
    });

    const edited = toDraft(list);
    edited.name = 'Coach list v2';
    edited.thresholds.h = '12';
    edited.terms[0] = { id: 'delight', nl: 'plezier', en: 'delight', index: 'P' };
    const next = checkAffectList(edited);
    if (!next.ok) throw new Error('invalid');
    const updated = await updateAffectList(list.id, next.content);
    expect(updated.rev).toBe(2);

    const loaded = await loadInvestigation(investigation.id);
    expect(loaded?.investigation.affectListId).toBe(list.id);
    expect(loaded?.investigation.affectList).toEqual({ ...defaultAffectList, name: 'Coach list' });
  });

  it('deletes an investigation with its valuations, and undo restores exactly those', async () => {
    const investigation = await startInvestigation(owner, {
      variant: 'life',
      language: 'en',
      list: { id: '5c7e1c1a-16a0-4e5b-9d1e-000000000016', content: defaultAffectList },
    });
    const keep = await addValuation(owner, investigation, { text: 'Stays', timeFrame: 'past' });
    const earlier = await addValuation(owner, investigation, {
      text: 'Deleted before',
      timeFrame: 'past',
    });
    await deleteValuation(earlier.id);

    const undo = await deleteInvestigation(investigation.id);
    expect(await loadInvestigation(investigation.id)).toBeUndefined();
    expect(await listValuations(investigation.id)).toEqual([]);
    expect(await listInvestigations(owner)).toEqual([]);

    await undo();
    const restored = await loadInvestigation(investigation.id);
    // The valuation deleted on its own before stays deleted.
    expect(restored?.valuations.map((v) => v.id)).toEqual([keep.id]);
  });
});

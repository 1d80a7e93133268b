// Integration with IndexedDB (fake-indexeddb): a theme is saved, moved to another phase with
// its history kept, corrected, deleted by tombstone and restored; the own report is saved.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, setDatabase } from '../../../src/db/database';
import { Repository } from '../../../src/db/repository';
import {
  correctEntry,
  emptyThemeForm,
  formToContent,
  formToSections,
  formToStart,
  movePhase,
  reportToForm,
} from '../../../src/domain/trajectory';

const owner = '11111111-1111-4111-8111-111111111111';
let name = '';
let counter = 0;

beforeEach(() => {
  counter += 1;
  name = `trajectory-test-${counter}`;
  setDatabase(createDatabase(name));
});
afterEach(() => setDatabase(undefined));

describe('theme persistence', () => {
  it('saves a theme, moves it to creating and keeps the history through corrections', async () => {
    const themes = new Repository('themes');
    const form = {
      ...emptyThemeForm('2026-09-01'),
      title: 'My drive to prove myself',
      goals: ['Notice when it takes over'],
      actionPoints: [
        { id: '22222222-2222-4222-8222-222222222222', text: 'Ask for help', done: false },
      ],
    };
    const created = await themes.create(owner, { ...formToContent(form), ...formToStart(form) });
    expect(created.rev).toBe(1);
    expect(created.phase).toBe('attending');

    const moved = movePhase(
      created.phaseHistory,
      { phase: 'creating', day: '2026-10-15', note: 'Time to try' },
      '2026-11-20',
    );
    if (!moved.ok) throw new Error(moved.problems.join());
    await themes.update(created.id, { phase: 'creating', phaseHistory: moved.history });

    // A fresh connection reads what was stored, not what this one cached.
    setDatabase(createDatabase(name));
    const stored = await new Repository('themes').get(created.id);
    expect(stored?.rev).toBe(2);
    expect(stored?.phase).toBe('creating');
    expect(stored?.phaseHistory.map((entry) => [entry.phase, entry.note])).toEqual([
      ['attending', undefined],
      ['creating', 'Time to try'],
    ]);
    expect(stored?.goals).toEqual(['Notice when it takes over']);

    const corrected = correctEntry(
      stored?.phaseHistory ?? [],
      1,
      { day: '2026-10-10', note: '' },
      '2026-11-20',
    );
    if (!corrected.ok) throw new Error(corrected.problems.join());
    const after = await new Repository('themes').update(created.id, {
      phaseHistory: corrected.history,
    });
    expect(after.phaseHistory).toHaveLength(2);
    expect(after.phaseHistory[1]?.note).toBeUndefined();
    expect(after.rev).toBe(3);
  });

  it('refuses a stored history that is empty (the record keeps at least one phase)', async () => {
    const themes = new Repository('themes');
    const form = { ...emptyThemeForm('2026-09-01'), title: 'T' };
    const created = await themes.create(owner, { ...formToContent(form), ...formToStart(form) });
    await expect(themes.update(created.id, { phaseHistory: [] })).rejects.toMatchObject({
      kind: 'invalid-data',
    });
    expect((await themes.get(created.id))?.phaseHistory).toHaveLength(1);
  });

  it('deletes a theme by tombstone and restores it on undo', async () => {
    const themes = new Repository('themes');
    const form = { ...emptyThemeForm('2026-09-01'), title: 'T' };
    const created = await themes.create(owner, { ...formToContent(form), ...formToStart(form) });
    await themes.remove(created.id);
    expect((await themes.get(created.id))?.deletedAt).toBeDefined();
    await themes.restore(created.id);
    const back = await themes.get(created.id);
    expect(back?.deletedAt).toBeUndefined();
    expect(back?.title).toBe('T');
  });
});

describe('own report persistence', () => {
  it('saves the report with its privacy mark and reads the answers back', async () => {
    const reports = new Repository('ownReports');
    const form = { answers: { discovered: 'The pattern' }, extra: [], private: true };
    const created = await reports.create(owner, {
      sections: formToSections(form, 'en'),
      private: true,
    });
    const updated = await reports.update(created.id, {
      sections: formToSections({ ...form, answers: { ...form.answers, home: 'More time' } }, 'en'),
      private: undefined,
    });
    expect(updated.private).toBeUndefined();
    const back = reportToForm(await reports.get(created.id));
    expect(back.answers).toEqual({ discovered: 'The pattern', home: 'More time' });
    expect(back.private).toBe(false);
  });
});

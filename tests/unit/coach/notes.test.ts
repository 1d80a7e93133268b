import { describe, expect, it } from 'vitest';
import { foldText, searchNotes } from '../../../src/domain/coach/notes-search';
import { returnCounts, returnRecords } from '../../../src/domain/coach/return-bundle';
import { assignment, CLIENT, helpContact, note, OTHER_CLIENT } from './records';

describe('searchNotes', () => {
  const notes = [
    note(1, CLIENT, {
      text: 'De cliënt bewijst zich op het werk',
      updatedAt: '2026-03-02T00:00:00.000Z',
    }),
    note(2, CLIENT, { text: 'Thuis meer rust', updatedAt: '2026-03-03T00:00:00.000Z' }),
    note(3, CLIENT, { text: 'Client werk weg', deletedAt: '2026-03-04T00:00:00.000Z' }),
  ];

  it('folds case and accents', () => {
    expect(foldText('Cliënt GEÏRRITEERD')).toBe('client geirriteerd');
  });

  it('finds notes holding every word, accents ignored, never deleted ones', () => {
    expect(searchNotes(notes, 'client werk').map((n) => n.id)).toEqual([notes[0]?.id]);
    expect(searchNotes(notes, 'CLIËNT').map((n) => n.id)).toEqual([notes[0]?.id]);
    expect(searchNotes(notes, 'werk thuis')).toEqual([]);
  });

  it('returns every live note, newest change first, for an empty query', () => {
    expect(searchNotes(notes, '  ').map((n) => n.id)).toEqual([notes[1]?.id, notes[0]?.id]);
  });
});

describe('returnRecords', () => {
  it('sends notes marked for the client and the client assignments, nothing else', () => {
    const records = returnRecords({
      clientId: CLIENT,
      notes: [
        note(1, CLIENT, { visibility: 'client' }),
        note(2, CLIENT, { visibility: 'private' }),
        note(3, CLIENT, { visibility: 'report' }),
        note(4, OTHER_CLIENT, { visibility: 'client' }),
        note(5, CLIENT, { visibility: 'client', deletedAt: '2026-03-04T00:00:00.000Z' }),
      ],
      assignments: [assignment(6, CLIENT), assignment(7, OTHER_CLIENT)],
    });
    expect(records.coachNotes.map((n) => n.id)).toEqual([note(1, CLIENT).id, note(5, CLIENT).id]);
    expect(records.assignments.map((a) => a.id)).toEqual([assignment(6, CLIENT).id]);
    expect(records.affectLists).toEqual([]);
    expect(records.diaryEntries).toEqual([]);
    expect(records.questionSets).toEqual([]);
    expect(records.helpContacts).toEqual([]);
    expect(returnCounts(records)).toEqual({
      notes: 1,
      assignments: 1,
      questionSets: 0,
      helpContact: false,
    });
  });

  it("sends this client's help-page contact, and a removed one as its tombstone", () => {
    const removed = helpContact(8, CLIENT, { deletedAt: '2026-03-04T00:00:00.000Z' });
    const live = helpContact(9, CLIENT);
    const records = returnRecords({
      clientId: CLIENT,
      notes: [],
      assignments: [],
      helpContacts: [removed, helpContact(10, OTHER_CLIENT)],
    });
    expect(records.helpContacts).toEqual([removed]);
    expect(returnCounts(records).helpContact).toBe(false);
    const withLive = returnRecords({
      clientId: CLIENT,
      notes: [],
      assignments: [],
      helpContacts: [live, helpContact(10, OTHER_CLIENT)],
    });
    expect(withLive.helpContacts).toEqual([live]);
    expect(returnCounts(withLive).helpContact).toBe(true);
  });
});

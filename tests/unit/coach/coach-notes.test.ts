// The shared CoachNotes component's query and messages.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KoersDexie } from '../../../src/db/database';
import { notesForTarget } from '../../../src/features/coach/notes/coach-notes-data';
import { coachNotesMessages } from '../../../src/features/coach/notes/coach-notes-messages';
import { freshDatabase } from '../db/helpers';
import { CLIENT, note, uuid } from './records';

let db: KoersDexie;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

describe('notesForTarget', () => {
  it('gives the live notes for the client about one record, oldest first', async () => {
    const target = uuid(0x107);
    await db.coachNotes.bulkAdd([
      note(1, CLIENT, {
        targetId: target,
        visibility: 'client',
        createdAt: '2026-03-02T00:00:00.000Z',
        text: 'B',
      }),
      note(2, CLIENT, {
        targetId: target,
        visibility: 'client',
        createdAt: '2026-03-01T00:00:00.000Z',
        text: 'A',
      }),
      note(3, CLIENT, { targetId: target, visibility: 'private', text: 'private' }),
      note(4, CLIENT, { targetId: target, visibility: 'report', text: 'report' }),
      note(5, CLIENT, {
        targetId: target,
        visibility: 'client',
        deletedAt: '2026-03-03T00:00:00.000Z',
      }),
      note(6, CLIENT, { targetId: uuid(0x108), visibility: 'client', text: 'other record' }),
    ]);
    expect((await notesForTarget(target)).map((n) => n.text)).toEqual(['A', 'B']);
    expect(await notesForTarget(uuid(0x999))).toEqual([]);
  });
});

describe('coachNotesMessages', () => {
  it('has the same keys and placeholders in Dutch and English', () => {
    expect(Object.keys(coachNotesMessages.nl).sort()).toEqual(
      Object.keys(coachNotesMessages.en).sort(),
    );
    expect(coachNotesMessages.nl['coachNotes.written']).toContain('{date}');
    expect(coachNotesMessages.en['coachNotes.written']).toContain('{date}');
  });
});

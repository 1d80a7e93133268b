// The coach's question-set draft, computed by hand: keys, adding and removing per time frame,
// the checks next to each field, the stored content, what a client's device offers, and what
// a return bundle carries.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addQuestion,
  checkSetDraft,
  draftFromOther,
  draftOf,
  isDefaultWording,
  moveQuestion,
  newQuestionKey,
  newSetDraft,
  otherClientsSets,
  questionsFromSet,
  receivedQuestionSets,
  removeQuestion,
  rewordQuestion,
  setContent,
} from '../../../src/domain/coach/question-set';
import { returnCounts, returnRecords } from '../../../src/domain/coach/return-bundle';
import { type ElicitationQuestion, questionSetContent } from '../../../src/domain/records';
import { defaultQuestions } from '../../../src/domain/zkm/questions';
import { CLIENT, COACH, OTHER_CLIENT, questionSet } from './records';

const q = (key: string, timeFrame: ElicitationQuestion['timeFrame'], text = key) => ({
  key,
  timeFrame,
  text,
});

describe('question-set draft', () => {
  it('starts from the default questions of the variant in the language', () => {
    const draft = newSetDraft('career', 'nl');
    expect(draft).toEqual({
      name: '',
      variant: 'career',
      questions: defaultQuestions('career', 'nl'),
      note: '',
    });
    expect(isDefaultWording(draft.questions, 'career')).toBe(true);
    expect(isDefaultWording(defaultQuestions('career', 'en'), 'career')).toBe(true);
    expect(isDefaultWording(draft.questions, 'life')).toBe(false);
    expect(isDefaultWording(rewordQuestion(draft.questions, 'past.1', 'Anders'), 'career')).toBe(
      false,
    );
  });

  it('makes keys that never repeat and leave built-in keys alone', () => {
    const questions = [q('past.1', 'past'), q('past.c1', 'past'), q('past.c3', 'past')];
    expect(newQuestionKey(questions, 'past')).toBe('past.c4');
    expect(newQuestionKey(questions, 'future')).toBe('future.c1');
    expect(newQuestionKey([q('present.cx', 'present')], 'present')).toBe('present.c1');
  });

  it('adds a question at the end of its time frame, frames in asking order', () => {
    const questions = [q('past.1', 'past'), q('present.1', 'present'), q('future.1', 'future')];
    const past = addQuestion(questions, 'past');
    expect(past.key).toBe('past.c1');
    expect(past.questions.map((x) => x.key)).toEqual([
      'past.1',
      'past.c1',
      'present.1',
      'future.1',
    ]);
    expect(past.questions[1]).toEqual({ key: 'past.c1', timeFrame: 'past', text: '' });
    const future = addQuestion(questions, 'future');
    expect(future.questions.map((x) => x.key)).toEqual([
      'past.1',
      'present.1',
      'future.1',
      'future.c1',
    ]);
    // A frame with no question yet gets its place between the others.
    const present = addQuestion([q('past.1', 'past'), q('future.1', 'future')], 'present');
    expect(present.questions.map((x) => x.key)).toEqual(['past.1', 'present.c1', 'future.1']);
    expect(addQuestion([q('future.1', 'future')], 'past').questions.map((x) => x.key)).toEqual([
      'past.c1',
      'future.1',
    ]);
    expect(addQuestion([], 'present').questions.map((x) => x.key)).toEqual(['present.c1']);
  });

  it('removes and rewords one question by key', () => {
    const questions = [q('past.1', 'past'), q('present.1', 'present')];
    expect(removeQuestion(questions, 'past.1')).toEqual([q('present.1', 'present')]);
    expect(rewordQuestion(questions, 'present.1', 'Nu?')[1]?.text).toBe('Nu?');
    expect(questions[1]?.text).toBe('present.1');
  });

  it('checks name, each wording, empty frames and the number of questions', () => {
    const good = { ...newSetDraft('life', 'en'), name: 'Mine' };
    expect(checkSetDraft(good)).toEqual({
      ok: true,
      questions: {},
      emptyFrames: [],
      tooMany: false,
    });
    const bad = {
      ...good,
      name: '   ',
      questions: [
        q('past.1', 'past', ' '),
        q('present.1', 'present', 'x'.repeat(2001)),
        q('present.2', 'present', 'fine'),
      ],
    };
    expect(checkSetDraft(bad)).toEqual({
      ok: false,
      name: 'required',
      questions: { 'past.1': 'required', 'present.1': 'too-long' },
      emptyFrames: ['future'],
      tooMany: false,
    });
    expect(checkSetDraft({ ...good, name: 'n'.repeat(201) }).name).toBe('too-long');
    expect(checkSetDraft({ ...good, note: 'n'.repeat(20_001) }).note).toBe('too-long');
    const many = Array.from({ length: 51 }, (_, i) =>
      q(`x.${i}`, (['past', 'present', 'future'] as const)[i % 3] ?? 'past'),
    );
    expect(checkSetDraft({ ...good, questions: many }).tooMany).toBe(true);
  });

  it('stores trimmed content that the record schema accepts; the note only when written', () => {
    const draft = {
      ...newSetDraft('career', 'en'),
      name: '  Work questions ',
      note: '  ',
    };
    draft.questions = rewordQuestion(draft.questions, 'past.1', '  Reworded?  ');
    const content = setContent(draft, CLIENT);
    expect(content.name).toBe('Work questions');
    expect(content.questions[0]?.text).toBe('Reworded?');
    expect('note' in content).toBe(false);
    expect(content.clientId).toBe(CLIENT);
    expect(questionSetContent.parse(content)).toEqual(content);
    expect(setContent({ ...draft, note: ' Take your time ' }, CLIENT).note).toBe('Take your time');
  });

  it('edits a stored set as a copy', () => {
    const stored = questionSet(9, CLIENT, { note: 'Let op' });
    const draft = draftOf(stored);
    expect(draft).toMatchObject({ name: stored.name, note: 'Let op', editingId: stored.id });
    draft.questions[0] = { ...(draft.questions[0] as ElicitationQuestion), text: 'changed' };
    expect(stored.questions[0]?.text).not.toBe('changed');
  });
});

describe('received question sets', () => {
  it('offers live sets from someone else for this profile or for nobody, newest change first', () => {
    const older = questionSet(1, CLIENT, { updatedAt: '2026-03-01T00:00:00.000Z' });
    const newer = questionSet(2, CLIENT, { updatedAt: '2026-03-05T00:00:00.000Z' });
    const { clientId: _, ...forNobody } = questionSet(3, CLIENT, {
      updatedAt: '2026-03-03T00:00:00.000Z',
    });
    const deleted = questionSet(4, CLIENT, { deletedAt: '2026-03-06T00:00:00.000Z' });
    const otherClient = questionSet(5, OTHER_CLIENT);
    const own = { ...questionSet(6, OTHER_CLIENT), ownerId: CLIENT, clientId: OTHER_CLIENT };
    const rows = [older, newer, forNobody, deleted, otherClient, own];
    expect(receivedQuestionSets(rows, CLIENT).map((s) => s.id)).toEqual([
      newer.id,
      forNobody.id,
      older.id,
    ]);
    expect(receivedQuestionSets(rows, null)).toEqual([]);
    expect(receivedQuestionSets(rows, COACH)).toEqual([]);
  });

  it('copies the questions so the investigation never shares them with the set', () => {
    const set = questionSet(1, CLIENT);
    const copy = questionsFromSet(set);
    expect(copy).toEqual(set.questions);
    expect(copy[0]).not.toBe(set.questions[0]);
  });
});

describe('return bundle with a question set', () => {
  it('carries the chosen set of this client and tombstones of its deleted sets, nothing else', () => {
    const chosen = questionSet(1, CLIENT);
    const notChosen = questionSet(2, CLIENT);
    const deleted = questionSet(3, CLIENT, { deletedAt: '2026-03-02T00:00:00.000Z' });
    const otherClients = questionSet(4, OTHER_CLIENT);
    const otherDeleted = questionSet(5, OTHER_CLIENT, { deletedAt: '2026-03-02T00:00:00.000Z' });
    const records = returnRecords({
      clientId: CLIENT,
      notes: [],
      assignments: [],
      questionSets: [chosen, notChosen, deleted, otherClients, otherDeleted],
      questionSetId: chosen.id,
    });
    expect(records.questionSets.map((s) => s.id)).toEqual([chosen.id, deleted.id]);
    expect(returnCounts(records)).toEqual({
      notes: 0,
      assignments: 0,
      questionSets: 1,
      helpContact: false,
    });
    // Another client's set is never sent, even when its id is chosen.
    const wrong = returnRecords({
      clientId: CLIENT,
      notes: [],
      assignments: [],
      questionSets: [otherClients],
      questionSetId: otherClients.id,
    });
    expect(wrong.questionSets).toEqual([]);
  });
});

describe('moving a question within its time frame', () => {
  // Frames interleave in the stored list, as they do after questions are added later.
  const list = [
    q('p1', 'past'),
    q('n1', 'present'),
    q('p2', 'past'),
    q('f1', 'future'),
    q('p3', 'past'),
  ];
  const keys = (questions: readonly ElicitationQuestion[]) => questions.map((x) => x.key);

  it('swaps with the neighbour of the same frame, skipping other frames', () => {
    expect(keys(moveQuestion(list, 'p2', -1))).toEqual(['p2', 'n1', 'p1', 'f1', 'p3']);
    expect(keys(moveQuestion(list, 'p2', 1))).toEqual(['p1', 'n1', 'p3', 'f1', 'p2']);
  });

  it('leaves the list as it is at either end of a frame and for an unknown key', () => {
    expect(keys(moveQuestion(list, 'p1', -1))).toEqual(keys(list));
    expect(keys(moveQuestion(list, 'p3', 1))).toEqual(keys(list));
    expect(keys(moveQuestion(list, 'n1', 1))).toEqual(keys(list));
    expect(keys(moveQuestion(list, 'x', 1))).toEqual(keys(list));
  });

  it('keeps every question, the other frames in order, and undoes with the opposite move', () => {
    const frame = fc.constantFrom<ElicitationQuestion['timeFrame']>('past', 'present', 'future');
    fc.assert(
      fc.property(
        fc.array(frame, { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.constantFrom<-1 | 1>(-1, 1),
        (frames, pick, direction) => {
          const questions = frames.map((f, i) => q(`k${i}`, f));
          const moving = questions[pick % questions.length] as ElicitationQuestion;
          const moved = moveQuestion(questions, moving.key, direction);
          expect([...keys(moved)].sort()).toEqual([...keys(questions)].sort());
          for (const f of ['past', 'present', 'future'] as const) {
            const inFrame = (l: readonly ElicitationQuestion[]) =>
              keys(l.filter((x) => x.timeFrame === f));
            if (f !== moving.timeFrame) expect(inFrame(moved)).toEqual(inFrame(questions));
          }
          // Positions of the other frames' questions in the whole list do not change either.
          moved.forEach((x, i) => {
            if (x.timeFrame !== moving.timeFrame) expect(questions[i]?.key).toBe(x.key);
          });
          if (keys(moved).join() !== keys(questions).join()) {
            const back = moveQuestion(moved, moving.key, direction === 1 ? -1 : 1);
            expect(keys(back)).toEqual(keys(questions));
          }
        },
      ),
    );
  });
});

describe('a set made for another client as the start of a new one', () => {
  it('copies name, variant, questions and note into a new draft, not an edit', () => {
    const other = questionSet(40, OTHER_CLIENT, { note: 'Neem de tijd.' });
    const draft = draftFromOther(other);
    expect(draft).toEqual({
      name: 'Loopbaanvragen',
      variant: 'career',
      questions: other.questions,
      note: 'Neem de tijd.',
    });
    expect('editingId' in draft).toBe(false);
    // A copy: changing the draft leaves the other client's set as it was.
    (draft.questions[0] as ElicitationQuestion).text = 'Anders';
    expect(other.questions[0]?.text).toBe('Wat speelt uit je vroegere werk nog mee?');
  });

  it("offers the coach's live sets of other clients only, by name", () => {
    const sets = [
      questionSet(41, OTHER_CLIENT, { name: 'Zingeving' }),
      questionSet(42, OTHER_CLIENT, { name: 'Afscheid', deletedAt: '2026-03-02T09:00:00.000Z' }),
      questionSet(43, CLIENT, { name: 'Voor deze cliënt' }),
      questionSet(44, OTHER_CLIENT, { name: 'Arbeidsmarkt' }),
      { ...questionSet(45, OTHER_CLIENT, { name: 'Van de cliënt zelf' }), ownerId: CLIENT },
    ];
    expect(otherClientsSets(sets, COACH, CLIENT).map((s) => s.name)).toEqual([
      'Arbeidsmarkt',
      'Zingeving',
    ]);
    expect(otherClientsSets(sets, null, CLIENT)).toEqual([]);
  });
});

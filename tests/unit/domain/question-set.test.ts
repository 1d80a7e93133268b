// The question-set record: a coach's wording of the elicitation questions for one client.
import { describe, expect, it } from 'vitest';
import { MAX_SET_QUESTIONS, questionSetRecord } from '../../../src/domain/records';

const set = {
  id: '0b7d3b52-4a0e-4c69-9f5e-6f3c8d9a1b20',
  ownerId: '9a1f4b6e-2c3d-4e5f-8a9b-0c1d2e3f4a5b',
  createdAt: '2026-11-02T08:15:00.000Z',
  updatedAt: '2026-11-02T08:15:00.000Z',
  rev: 1,
  name: 'Loopbaan, aangepast',
  variant: 'career',
  questions: [
    { key: 'past.1', timeFrame: 'past', text: 'Wat uit je vroegere werk speelt nog mee?' },
    { key: 'present.1', timeFrame: 'present', text: 'Wat is nu belangrijk in je werk?' },
    { key: 'future.1', timeFrame: 'future', text: 'Wat verwacht je van je werk?' },
  ],
};

describe('questionSetRecord', () => {
  it('accepts a set with a question per time frame; note and client are optional', () => {
    expect(questionSetRecord.parse(set)).toEqual(set);
    const full = {
      ...set,
      note: 'Neem de tijd.',
      clientId: '11111111-1111-4111-8111-111111111111',
    };
    expect(questionSetRecord.parse(full)).toEqual(full);
  });

  it('rejects a missing time frame, a repeated key, an empty text or name and a bad variant', () => {
    const without = set.questions.filter((q) => q.timeFrame !== 'future');
    expect(questionSetRecord.safeParse({ ...set, questions: without }).success).toBe(false);
    const repeated = [...set.questions, { ...set.questions[0], timeFrame: 'future' }];
    expect(questionSetRecord.safeParse({ ...set, questions: repeated }).success).toBe(false);
    const empty = set.questions.map((q, i) => (i === 1 ? { ...q, text: '' } : q));
    expect(questionSetRecord.safeParse({ ...set, questions: empty }).success).toBe(false);
    expect(questionSetRecord.safeParse({ ...set, name: '' }).success).toBe(false);
    expect(questionSetRecord.safeParse({ ...set, variant: 'work' }).success).toBe(false);
    expect(questionSetRecord.safeParse({ ...set, clientId: 'nope' }).success).toBe(false);
  });

  it(`holds at most ${MAX_SET_QUESTIONS} questions`, () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        key: `q.${i}`,
        timeFrame: (['past', 'present', 'future'] as const)[i % 3],
        text: `Vraag ${i}`,
      }));
    expect(
      questionSetRecord.safeParse({ ...set, questions: many(MAX_SET_QUESTIONS) }).success,
    ).toBe(true);
    expect(
      questionSetRecord.safeParse({ ...set, questions: many(MAX_SET_QUESTIONS + 1) }).success,
    ).toBe(false);
  });
});

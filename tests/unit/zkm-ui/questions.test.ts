// The elicitation questions: the project wording per time frame, both languages, career variant.
import { describe, expect, it } from 'vitest';
import { elicitationQuestion } from '../../../src/domain/records';
import {
  defaultQuestions,
  defaultQuestionText,
  questionsFor,
  TIME_FRAMES,
} from '../../../src/domain/zkm/questions';

const KEYS = ['past.1', 'past.2', 'present.1', 'present.2', 'future.1', 'future.2', 'future.3'];

const WORK_KEYS = [
  'past.1',
  'past.2',
  'past.work.1',
  'present.1',
  'present.2',
  'present.work.1',
  'present.work.2',
  'future.1',
  'future.2',
  'future.3',
  'future.work.1',
  'future.work.2',
];

describe('defaultQuestions', () => {
  it.each([
    ['life', 'en'],
    ['life', 'nl'],
  ] as const)('gives the seven life questions (%s, %s), valid as records', (variant, language) => {
    const questions = defaultQuestions(variant, language);
    expect(questions.map((q) => q.key)).toEqual(KEYS);
    expect(questions.map((q) => q.timeFrame)).toEqual([
      'past',
      'past',
      'present',
      'present',
      'future',
      'future',
      'future',
    ]);
    for (const q of questions) expect(elicitationQuestion.parse(q)).toEqual(q);
  });

  it.each([
    ['career', 'en'],
    ['career', 'nl'],
  ] as const)(
    'adds five work questions to the life ones, frame by frame (%s, %s)',
    (variant, language) => {
      const questions = defaultQuestions(variant, language);
      expect(questions.map((q) => q.key)).toEqual(WORK_KEYS);
      const life = defaultQuestions('life', language);
      for (const q of life) expect(questions).toContainEqual(q);
      for (const q of questions) expect(elicitationQuestion.parse(q)).toEqual(q);
    },
  );

  it('uses the original wording: "still plays an important role", "exerts a major influence on"', () => {
    const en = defaultQuestions('life', 'en');
    const nl = defaultQuestions('life', 'nl');
    expect(en[0]?.text).toBe(
      'Was there something in your past that has been of great importance for your life and that still plays an important role?',
    );
    expect(en[2]?.text).toBe(
      'Is there anything in your present life that is of great importance to you or that exerts a major influence on you?',
    );
    expect(nl[2]?.text).toBe(
      'Is er in je huidige leven iets dat van groot belang voor je is of dat een grote invloed op je uitoefent?',
    );
    expect(en[6]?.text).toBe(
      'Is there a goal that you expect to play an important role in your future life?',
    );
  });

  it('asks about work in each added career question', () => {
    const en = defaultQuestions('career', 'en').filter((q) => q.key.includes('.work.'));
    const nl = defaultQuestions('career', 'nl').filter((q) => q.key.includes('.work.'));
    for (const q of en) expect(q.text).toMatch(/\bwork/);
    for (const q of nl) expect(q.text).toMatch(/\b(werk|loopbaan)\b/);
    expect(nl.at(-2)?.text).toBe(
      'Voorzie je iets dat van grote betekenis zal zijn voor je toekomstige werk of loopbaan?',
    );
  });

  it('returns fresh arrays, so editing one investigation never edits the defaults', () => {
    const a = defaultQuestions('life', 'en');
    const first = a[0];
    if (first) first.text = 'changed';
    expect(defaultQuestions('life', 'en')[0]?.text).not.toBe('changed');
  });
});

describe('defaultQuestionText and questionsFor', () => {
  it('finds one question by key and variant, and nothing for an unknown key', () => {
    expect(defaultQuestionText('present.work.2', 'career', 'en')).toBe(
      'Is there a person, experience or circumstance in your present work that strongly influences you?',
    );
    expect(defaultQuestionText('present.work.2', 'life', 'en')).toBeUndefined();
    expect(defaultQuestionText('past.9', 'life', 'en')).toBeUndefined();
  });

  it('filters by time frame in stored order', () => {
    const questions = defaultQuestions('life', 'en');
    expect(TIME_FRAMES).toEqual(['past', 'present', 'future']);
    expect(questionsFor(questions, 'future').map((q) => q.key)).toEqual([
      'future.1',
      'future.2',
      'future.3',
    ]);
    expect(questionsFor([], 'past')).toEqual([]);
  });
});

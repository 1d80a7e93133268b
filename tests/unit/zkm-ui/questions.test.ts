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

describe('defaultQuestions', () => {
  it.each([
    ['life', 'en'],
    ['life', 'nl'],
    ['career', 'en'],
    ['career', 'nl'],
  ] as const)('gives the seven keyed questions (%s, %s), valid as records', (variant, language) => {
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

  it('uses the project wording for life in both languages', () => {
    const en = defaultQuestions('life', 'en');
    const nl = defaultQuestions('life', 'nl');
    expect(en[0]?.text).toBe(
      'Was there something in your past that has been of great importance for your life and still plays a part now?',
    );
    expect(nl[2]?.text).toBe(
      'Is er in je huidige leven iets dat van groot belang voor je is of je sterk beïnvloedt?',
    );
    expect(en[6]?.text).toBe(
      'Is there a goal that you expect to play an important role in your future life?',
    );
  });

  it('asks about work in the career variant, and about life nowhere', () => {
    for (const q of defaultQuestions('career', 'en')) {
      expect(q.text).toMatch(/\bwork\b/);
      expect(q.text).not.toMatch(/\blife\b/);
    }
    for (const q of defaultQuestions('career', 'nl')) {
      expect(q.text).toMatch(/\bwerk\b/);
      expect(q.text).not.toMatch(/\bleven\b/);
    }
    expect(defaultQuestions('career', 'nl')[4]?.text).toBe(
      'Voorzie je iets dat van grote betekenis zal zijn voor je toekomstige werk?',
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
    expect(defaultQuestionText('present.2', 'career', 'en')).toBe(
      'Is there a person, experience or circumstance in your present work that strongly influences you?',
    );
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

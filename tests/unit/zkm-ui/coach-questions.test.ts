// Starting an investigation or a re-investigation with the questions a coach sent: the
// investigation gets its own copy, so the coach's later edits never change it; sets made by
// the client themself, for another client or deleted are not offered.
import { describe, expect, it } from 'vitest';
import { Repository } from '../../../src/db/repository';
import { defaultAffectList } from '../../../src/domain/zkm/default-affect-list';
import { defaultQuestions } from '../../../src/domain/zkm/questions';
import {
  listCoachQuestionSets,
  startInvestigation,
  startReinvestigation,
} from '../../../src/features/zkm/data';
import { freshDatabasePerTest } from './db';

const client = '6f1d2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b';
const coach = '7a2e3b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b';
const someoneElse = '8b3f4c5d-6e7f-4a81-9b0c-1d2e3f4a5b6c';
const list = { id: '5c7e1c1a-16a0-4e5b-9d1e-000000000016', content: defaultAffectList };
freshDatabasePerTest();

const questions = [
  { key: 'past.1', timeFrame: 'past' as const, text: 'Wat uit je loopbaan telt nog?' },
  { key: 'present.c1', timeFrame: 'present' as const, text: 'Waar wil je jezelf bewijzen?' },
  { key: 'future.1', timeFrame: 'future' as const, text: 'Waar werk je naartoe?' },
];

async function storeSets() {
  const sets = new Repository('questionSets');
  const mine = await sets.create(coach, {
    name: 'Jouw loopbaanvragen',
    variant: 'life',
    questions,
    clientId: client,
  });
  await sets.create(coach, {
    name: 'Voor een ander',
    variant: 'career',
    questions,
    clientId: someoneElse,
  });
  await sets.create(client, { name: 'Zelf gemaakt', variant: 'career', questions });
  const gone = await sets.create(coach, {
    name: 'Weg',
    variant: 'career',
    questions,
    clientId: client,
  });
  await sets.remove(gone.id);
  return { sets, mine };
}

describe('questions from the coach', () => {
  it('offers only the live sets a coach made for this client', async () => {
    const { mine } = await storeSets();
    expect((await listCoachQuestionSets(client)).map((s) => s.id)).toEqual([mine.id]);
    expect(await listCoachQuestionSets(null)).toEqual([]);
  });

  it('copies the wording into a first investigation and a re-investigation', async () => {
    const { sets, mine } = await storeSets();
    const first = await startInvestigation(client, {
      variant: 'career',
      language: 'en',
      list,
      questionSet: mine,
    });
    expect(first.questionVariant).toBe('life');
    expect(first.questions).toEqual(questions);
    expect(first).toMatchObject({ questionSetId: mine.id, questionSetName: 'Jouw loopbaanvragen' });

    // The coach rewords the set later: the investigation keeps what it started with.
    await sets.update(mine.id, {
      questions: questions.map((q) => ({ ...q, text: `${q.text} (nieuw)` })),
    });
    const reworded = await sets.get(mine.id);
    expect(reworded?.questions[0]?.text).toBe('Wat uit je loopbaan telt nog? (nieuw)');
    const plain = await startInvestigation(client, { variant: 'career', language: 'en', list });
    expect(plain.questions).toEqual(defaultQuestions('career', 'en'));
    expect(plain.questionSetId).toBeUndefined();
    expect(plain.questionSetName).toBeUndefined();

    const same = await startReinvestigation(client, first, [], [], 'Zelfde vragen');
    expect(same.questions).toEqual(questions);
    // Last time's questions still name the set they came from.
    expect(same).toMatchObject({ questionSetId: mine.id, questionSetName: 'Jouw loopbaanvragen' });
    const renamed = {
      ...(reworded as NonNullable<typeof reworded>),
      name: 'Loopbaanvragen, herzien',
    };
    const again = await startReinvestigation(client, first, [], [], 'Nieuwe vragen', renamed);
    expect(again.questionSetName).toBe('Loopbaanvragen, herzien');
    expect(again.questions.map((q) => q.text)).toEqual([
      'Wat uit je loopbaan telt nog? (nieuw)',
      'Waar wil je jezelf bewijzen? (nieuw)',
      'Waar werk je naartoe? (nieuw)',
    ]);
    expect(first.questions[0]?.text).toBe('Wat uit je loopbaan telt nog?');
    const unrelated = await startReinvestigation(client, plain, [], [], 'Zonder set');
    expect(unrelated.questionSetId).toBeUndefined();
  });
});

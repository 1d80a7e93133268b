// A question set travels from the coach's device to the client's (fake-indexeddb, real age
// encryption): made and stored by the coach, sent in a coach-return bundle, imported and
// offered on the client's device; a later edit replaces it there and a deletion removes it;
// an investigation started from it keeps its own copy of the wording.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBundle, importBundle } from '../../../src/bundle/bundle';
import { commitImport } from '../../../src/db/bundle-import';
import { createDatabase, type KoersDexie } from '../../../src/db/database';
import { Repository } from '../../../src/db/repository';
import { currentSchemaVersion } from '../../../src/db/schema';
import {
  newSetDraft,
  questionsFromSet,
  receivedQuestionSets,
  rewordQuestion,
  setContent,
} from '../../../src/domain/coach/question-set';
import { returnRecords, returnSections } from '../../../src/domain/coach/return-bundle';
import type { QuestionSetRecord } from '../../../src/domain/records';
import { deviceOf, FAST_PASS, testSigner } from '../bundle/helpers';
import { CLIENT, COACH } from './records';

/** The coach's device signing key. */
const COACH_SIGNER = testSigner(3);

const PASS = { type: 'passphrase', passphrase: 'correct horse battery' } as const;
let coachDb: KoersDexie;
let clientDb: KoersDexie;
let n = 0;

beforeEach(async () => {
  coachDb = createDatabase(`qset-coach-${n}`);
  clientDb = createDatabase(`qset-client-${n++}`);
  await Promise.all([coachDb.open(), clientDb.open()]);
});
afterEach(async () => {
  coachDb.close();
  clientDb.close();
  await Promise.all([coachDb.delete(), clientDb.delete()]);
});

/** The coach's return bundle for CLIENT with `chosen` as the set, opened on the client's side. */
async function sendBack(chosen: string | undefined) {
  const sets = await coachDb.questionSets.where('clientId').equals(CLIENT).toArray();
  const bytes = await exportBundle(
    {
      appVersion: '0.0.0-test',
      schemaVersion: currentSchemaVersion,
      kind: 'coach-return',
      sender: { profileId: COACH, displayName: 'Coach' },
      scope: { sections: returnSections },
      records: returnRecords({
        clientId: CLIENT,
        notes: [],
        assignments: [],
        questionSets: sets,
        questionSetId: chosen,
      }),
    },
    FAST_PASS(PASS.passphrase),
    COACH_SIGNER,
  );
  const payload = await importBundle(bytes, PASS);
  return commitImport(payload, clientDb, { device: deviceOf(CLIENT, 'client') });
}

describe('a question set in a coach-return bundle', () => {
  it('round-trips, merges an edit and a deletion, and never changes a past investigation', async () => {
    const sets = new Repository('questionSets', () => coachDb);
    let draft = { ...newSetDraft('career', 'nl'), name: 'Vragen over je werk' };
    draft.questions = rewordQuestion(draft.questions, 'past.1', 'Wat uit je loopbaan telt nog?');
    const made = await sets.create(COACH, setContent(draft, CLIENT));

    const first = await sendBack(made.id);
    expect(first.plan.questionSets.added.map((s) => s.id)).toEqual([made.id]);
    const held = (await clientDb.questionSets.toArray()) as QuestionSetRecord[];
    expect(held).toEqual([made]);
    const offered = receivedQuestionSets(held, CLIENT);
    expect(offered.map((s) => s.name)).toEqual(['Vragen over je werk']);

    // The client starts an investigation with the coach's questions: a copy.
    const investigations = new Repository('investigations', () => clientDb);
    const investigation = await investigations.create(CLIENT, {
      kind: 'first',
      startedAt: '2026-03-10T10:00:00.000Z',
      questionVariant: made.variant,
      questions: questionsFromSet(offered[0] as QuestionSetRecord),
      affectList: {
        name: 'Mini',
        terms: ['S', 'O', 'P', 'N'].map((index) => ({
          id: index.toLowerCase(),
          labels: { nl: index, en: index },
          index: index as 'S',
        })),
        thresholds: { h: 1, d: 1, l: 1, p: 1 },
      },
      generalFeeling: {},
      idealFeeling: {},
    });
    expect(investigation.questions[0]?.text).toBe('Wat uit je loopbaan telt nog?');

    // The coach rewords it: the next bundle updates the client's copy of the set…
    draft = { ...draft, questions: rewordQuestion(draft.questions, 'past.1', 'Nieuwe woorden?') };
    await sets.update(made.id, setContent(draft, CLIENT));
    const second = await sendBack(made.id);
    expect(second.plan.questionSets.updated.map((s) => s.id)).toEqual([made.id]);
    expect((await clientDb.questionSets.get(made.id))?.questions[0]?.text).toBe('Nieuwe woorden?');
    // …and the investigation keeps the wording it started with.
    expect((await clientDb.investigations.get(investigation.id))?.questions[0]?.text).toBe(
      'Wat uit je loopbaan telt nog?',
    );

    // Importing the same bundle again changes nothing.
    const again = await sendBack(made.id);
    expect(again.plan.questionSets.unchanged.map((s) => s.id)).toEqual([made.id]);

    // The coach deletes it: the tombstone travels, even when no set is chosen.
    await sets.remove(made.id);
    const third = await sendBack(undefined);
    expect(third.plan.questionSets.deleted.map((s) => s.id)).toEqual([made.id]);
    const after = (await clientDb.questionSets.toArray()) as QuestionSetRecord[];
    expect(receivedQuestionSets(after, CLIENT)).toEqual([]);
  });
});

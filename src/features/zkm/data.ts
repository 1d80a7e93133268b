// Reading and writing the ZKM records of this feature. Every write goes through Repository
// (validated, transactional); multi-record changes share one Dexie transaction.
import { allRecords, ownerRecords, recordById, recordsWhere } from '../../db/read';
import { Repository, writeTogether } from '../../db/repository';
import { questionsFromSet, receivedQuestionSets } from '../../domain/coach/question-set';
import type {
  AffectListContent,
  AffectListRecord,
  AffectRatings,
  DiscussionRecord,
  InvestigationRecord,
  QuestionSetRecord,
  TimeFrame,
  ValuationRecord,
} from '../../domain/records';
import { isLive } from '../../domain/records/live';
import { DEFAULT_AFFECT_LIST_ID, defaultAffectList } from '../../domain/zkm/default-affect-list';
import { keyValuationIds, themeFromDiscussion } from '../../domain/zkm/discussion';
import { defaultQuestions, type QuestionVariant } from '../../domain/zkm/questions';
import type { CarriedValuation } from '../../domain/zkm/reinvestigation';
import { nextOrder, orderChanges } from '../../domain/zkm/reorder';

const investigations = new Repository('investigations');
const valuations = new Repository('valuations');
const affectLists = new Repository('affectLists');
const discussions = new Repository('discussions');
const themes = new Repository('themes');

/** An investigation with its live (not deleted) valuations in their order. */
export interface LoadedInvestigation {
  investigation: InvestigationRecord;
  valuations: ValuationRecord[];
}

const byOrder = (a: ValuationRecord, b: ValuationRecord) =>
  a.order - b.order || (a.id < b.id ? -1 : 1);

/** The owner's investigations (no tombstones), newest first. */
export async function listInvestigations(ownerId: string): Promise<InvestigationRecord[]> {
  const rows = await ownerRecords('investigations', ownerId);
  return rows
    .filter(isLive)
    .sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0));
}

/** The live valuations of an investigation, in their order. */
export async function listValuations(investigationId: string): Promise<ValuationRecord[]> {
  const rows = await recordsWhere('valuations', 'investigationId', investigationId);
  return rows.filter(isLive).sort(byOrder);
}

/** An investigation and its valuations, or undefined when it does not exist or was deleted. */
export async function loadInvestigation(id: string): Promise<LoadedInvestigation | undefined> {
  const investigation = await recordById('investigations', id);
  if (!investigation || !isLive(investigation)) return undefined;
  return { investigation, valuations: await listValuations(id) };
}

/** Every stored affect list that is not deleted, by name. */
export async function listAffectLists(): Promise<AffectListRecord[]> {
  const rows = await allRecords('affectLists');
  return rows.filter(isLive).sort((a, b) => a.name.localeCompare(b.name));
}

/** The question sets a coach sent to `profileId`, most recently changed first. */
export async function listCoachQuestionSets(
  profileId: string | null,
): Promise<QuestionSetRecord[]> {
  return receivedQuestionSets(await allRecords('questionSets'), profileId);
}

/** A list to rate on: its id (the default has a fixed one) and its content. */
export interface ListChoice {
  id: string;
  content: AffectListContent;
}

/** The built-in default list as a choice. */
export const defaultListChoice: ListChoice = {
  id: DEFAULT_AFFECT_LIST_ID,
  content: defaultAffectList,
};

type QuestionSource = Pick<InvestigationRecord, 'questionSetId' | 'questionSetName'>;

/** The coach's set the questions are copied from, named as it is now. */
function fromSet(set: QuestionSetRecord): QuestionSource {
  return { questionSetId: set.id, questionSetName: set.name };
}

/** Last time's questions keep naming the set they came from, if any. */
function keptFrom(previous: InvestigationRecord): QuestionSource {
  return {
    ...(previous.questionSetId ? { questionSetId: previous.questionSetId } : {}),
    ...(previous.questionSetName ? { questionSetName: previous.questionSetName } : {}),
  };
}

/**
 * Starts a first investigation on a snapshot of `list`, with the default questions of the
 * variant, or a copy of the coach's `questionSet` when one is chosen.
 */
export function startInvestigation(
  ownerId: string,
  options: {
    variant: QuestionVariant;
    language: 'nl' | 'en';
    list: ListChoice;
    title?: string;
    questionSet?: QuestionSetRecord | undefined;
  },
): Promise<InvestigationRecord> {
  const set = options.questionSet;
  return investigations.create(ownerId, {
    kind: 'first',
    startedAt: new Date().toISOString(),
    questionVariant: set ? set.variant : options.variant,
    questions: set ? questionsFromSet(set) : defaultQuestions(options.variant, options.language),
    ...(set ? fromSet(set) : {}),
    affectListId: options.list.id,
    // A deep copy: the snapshot must not share objects with the list being edited.
    affectList: structuredClone(options.list.content),
    generalFeeling: {},
    idealFeeling: {},
    ...(options.title ? { title: options.title } : {}),
  });
}

/**
 * Starts a re-investigation of `previous` with the carried valuations, in one transaction;
 * with the previous questions, or a copy of the coach's `questionSet` when one is chosen.
 */
export async function startReinvestigation(
  ownerId: string,
  previous: InvestigationRecord,
  carried: readonly CarriedValuation[],
  droppedValuationIds: readonly string[],
  title?: string,
  questionSet?: QuestionSetRecord,
): Promise<InvestigationRecord> {
  return writeTogether(['investigations', 'valuations'], async () => {
    const created = await investigations.create(ownerId, {
      kind: 're',
      previousInvestigationId: previous.id,
      startedAt: new Date().toISOString(),
      questionVariant: questionSet ? questionSet.variant : previous.questionVariant,
      questions: questionSet ? questionsFromSet(questionSet) : structuredClone(previous.questions),
      ...(questionSet ? fromSet(questionSet) : keptFrom(previous)),
      ...(previous.affectListId === undefined ? {} : { affectListId: previous.affectListId }),
      // The same list as before, so then and now are read on the same scale.
      affectList: structuredClone(previous.affectList),
      generalFeeling: {},
      idealFeeling: {},
      droppedValuationIds: [...droppedValuationIds],
      ...(title ? { title } : {}),
    });
    for (const valuation of carried) {
      await valuations.create(ownerId, { ...valuation, investigationId: created.id });
    }
    return created;
  });
}

/** Adds a valuation at the end of the investigation's list. */
export async function addValuation(
  ownerId: string,
  investigation: InvestigationRecord,
  fields: { text: string; timeFrame: TimeFrame; questionKey?: string },
): Promise<ValuationRecord> {
  const existing = await listValuations(investigation.id);
  return valuations.create(ownerId, {
    investigationId: investigation.id,
    text: fields.text,
    timeFrame: fields.timeFrame,
    ...(fields.questionKey ? { questionKey: fields.questionKey } : {}),
    order: nextOrder(existing),
    ratings: {},
    ...(investigation.kind === 're' ? { change: 'new' as const } : {}),
  });
}

/** Changes a valuation's wording and time frame. */
export function editValuation(
  valuation: ValuationRecord,
  fields: { text: string; timeFrame: TimeFrame },
): Promise<ValuationRecord> {
  // Rewording a kept valuation in a re-investigation makes it a modified one.
  const change =
    valuation.change === 'kept' && fields.text !== valuation.text ? 'modified' : valuation.change;
  return valuations.update(valuation.id, {
    text: fields.text,
    timeFrame: fields.timeFrame,
    ...(change === undefined ? {} : { change }),
  });
}

/** Stores the positions of `ordered` (already in their new order), in one transaction. */
export async function saveOrder(ordered: readonly ValuationRecord[]): Promise<void> {
  await writeTogether(['valuations'], async () => {
    for (const { id, order } of orderChanges(ordered)) await valuations.update(id, { order });
  });
}

/** Deletes a valuation (tombstone); returns a function that undoes it. */
export async function deleteValuation(id: string): Promise<() => Promise<unknown>> {
  await valuations.remove(id);
  return () => valuations.restore(id);
}

/** Saves a valuation's ratings as they are now. */
export function saveValuationRatings(id: string, ratings: AffectRatings) {
  return valuations.update(id, { ratings });
}

/** Saves the general or ideal feeling's ratings. */
export function saveFeelingRatings(
  investigationId: string,
  which: 'general' | 'ideal',
  ratings: AffectRatings,
) {
  return investigations.update(
    investigationId,
    which === 'general' ? { generalFeeling: ratings } : { idealFeeling: ratings },
  );
}

/** Saves the investigation's question wording. */
export function saveQuestions(
  investigationId: string,
  questions: InvestigationRecord['questions'],
) {
  return investigations.update(investigationId, { questions });
}

/** Marks the investigation finished (or open again). */
export function setCompleted(investigationId: string, completed: boolean) {
  return investigations.update(investigationId, {
    completedAt: completed ? new Date().toISOString() : undefined,
  });
}

/**
 * Deletes an investigation and its valuations (tombstones, one transaction), so the deletion
 * travels to the coach whole; the returned function restores exactly those records.
 */
export async function deleteInvestigation(id: string): Promise<() => Promise<unknown>> {
  const removed = await writeTogether(['investigations', 'valuations'], async () => {
    const live = await listValuations(id);
    await investigations.remove(id);
    for (const valuation of live) await valuations.remove(valuation.id);
    return live.map((valuation) => valuation.id);
  });
  return () =>
    writeTogether(['investigations', 'valuations'], async () => {
      await investigations.restore(id);
      for (const valuationId of removed) await valuations.restore(valuationId);
    });
}

/** Stores a new affect list. */
export function createAffectList(ownerId: string, content: AffectListContent) {
  return affectLists.create(ownerId, content);
}

/** Replaces a stored list's content (investigations keep their own snapshots). */
export function updateAffectList(id: string, content: AffectListContent) {
  return affectLists.update(id, content);
}

/** Deletes an affect list (tombstone); returns a function that undoes it. */
export async function deleteAffectList(id: string): Promise<() => Promise<unknown>> {
  await affectLists.remove(id);
  return () => affectLists.restore(id);
}

/** The stored list with this id (not deleted), or undefined. */
export async function getAffectList(id: string): Promise<AffectListRecord | undefined> {
  const row = await recordById('affectLists', id);
  return row && isLive(row) ? row : undefined;
}

/** The live discussion of an investigation, if the client started one. */
export async function loadDiscussion(
  investigationId: string,
): Promise<DiscussionRecord | undefined> {
  const rows = await recordsWhere('discussions', 'investigationId', investigationId);
  // One per investigation; should two ever arrive (two devices), the latest change is shown.
  return rows
    .filter(isLive)
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))[0];
}

/** Saves the discussion of `investigation`: creates it the first time, then updates it. */
export function saveDiscussion(
  investigation: InvestigationRecord,
  fields: Pick<DiscussionRecord, 'valuations' | 'thread' | 'themes'>,
): Promise<DiscussionRecord> {
  return writeTogether(['discussions'], async () => {
    const existing = await loadDiscussion(investigation.id);
    if (!existing) {
      return discussions.create(investigation.ownerId, {
        investigationId: investigation.id,
        ...fields,
      });
    }
    // A theme already made a change-process theme keeps its link, whatever the form held.
    const made = new Map(existing.themes.map((t) => [t.id, t.themeId]));
    const themes = fields.themes.map((t) => {
      const themeId = t.themeId ?? made.get(t.id);
      return themeId ? { ...t, themeId } : t;
    });
    return discussions.update(existing.id, { ...fields, themes });
  });
}

/**
 * Makes the discussion's theme `themeEntryId` a theme of the change process, its key
 * valuations linked, and records the link on the discussion: both or neither are written.
 */
export function makeChangeTheme(discussionId: string, themeEntryId: string): Promise<string> {
  return writeTogether(['discussions', 'themes', 'valuations'], async () => {
    const discussion = await discussions.get(discussionId);
    const entry = discussion?.themes.find((theme) => theme.id === themeEntryId);
    if (!discussion || !entry) throw new RangeError('no such theme in the discussion');
    if (entry.themeId) return entry.themeId;
    const current = await listValuations(discussion.investigationId);
    const theme = await themes.create(
      discussion.ownerId,
      themeFromDiscussion(
        entry,
        discussion.thread,
        keyValuationIds(current, discussion.valuations),
        new Date(),
      ),
    );
    await discussions.update(discussionId, {
      themes: discussion.themes.map((t) =>
        t.id === themeEntryId ? { ...t, themeId: theme.id } : t,
      ),
    });
    return theme.id;
  });
}

/** An investigation with its discussion, and for a re-investigation last time's. */
export interface LoadedDiscussion {
  loaded: LoadedInvestigation;
  discussion: DiscussionRecord | undefined;
  previous?: { loaded: LoadedInvestigation; discussion: DiscussionRecord | undefined } | undefined;
}

/** The investigation `id` with its discussion and, if it repeats one, that one's discussion. */
export async function loadDiscussionPage(id: string): Promise<LoadedDiscussion | undefined> {
  const loaded = await loadInvestigation(id);
  if (!loaded) return undefined;
  const previousId = loaded.investigation.previousInvestigationId;
  const previousLoaded = previousId ? await loadInvestigation(previousId) : undefined;
  return {
    loaded,
    discussion: await loadDiscussion(id),
    previous: previousLoaded && {
      loaded: previousLoaded,
      discussion: await loadDiscussion(previousLoaded.investigation.id),
    },
  };
}

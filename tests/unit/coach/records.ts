// Builders of small, valid records for the coach tests, with fixed ids and dates.
import type {
  AssignmentRecord,
  CoachNoteRecord,
  DiaryEntryRecord,
  DiscussionRecord,
  FocusingSessionRecord,
  HelpContactRecord,
  InvestigationRecord,
  QuestionSetRecord,
  ValuationRecord,
} from '../../../src/domain/records';
import { defaultAffectList } from '../../../src/domain/zkm/default-affect-list';

/** A deterministic v4-shaped UUID from a small number. */
export const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export const CLIENT = uuid(1);
export const OTHER_CLIENT = uuid(2);
export const COACH = uuid(3);
const T = '2026-03-01T09:00:00.000Z';
const header = (id: number, ownerId: string) => ({
  id: uuid(id),
  ownerId,
  createdAt: T,
  updatedAt: T,
  rev: 1,
});

/** A diary entry of `ownerId`. */
export function diary(
  id: number,
  ownerId: string,
  fields: Partial<DiaryEntryRecord> = {},
): DiaryEntryRecord {
  return { ...header(id, ownerId), occurredAt: T, situation: 'Overleg', ...fields };
}

/** A focusing session of `ownerId`. */
export function session(
  id: number,
  ownerId: string,
  fields: Partial<FocusingSessionRecord> = {},
): FocusingSessionRecord {
  return {
    ...header(id, ownerId),
    occurredAt: T,
    mode: 'quick',
    status: 'done',
    concernsSetAside: [],
    bodyLocations: [],
    questions: [],
    diaryEntryIds: [],
    ...fields,
  };
}

/** An investigation on the default list with flat general and ideal feeling. */
export function investigation(
  id: number,
  ownerId: string,
  fields: Partial<InvestigationRecord> = {},
): InvestigationRecord {
  return {
    ...header(id, ownerId),
    kind: 'first',
    startedAt: T,
    questionVariant: 'career',
    questions: [],
    affectList: defaultAffectList,
    generalFeeling: {},
    idealFeeling: {},
    ...fields,
  };
}

/** A valuation of an investigation. */
export function valuation(
  id: number,
  ownerId: string,
  investigationId: string,
  fields: Partial<ValuationRecord> = {},
): ValuationRecord {
  return {
    ...header(id, ownerId),
    investigationId,
    text: 'Ik wil bewijzen dat ik het kan',
    timeFrame: 'present',
    order: 0,
    ratings: {},
    ...fields,
  };
}

/** A coach note about `clientId`. */
export function note(
  id: number,
  clientId: string,
  fields: Partial<CoachNoteRecord> = {},
): CoachNoteRecord {
  return { ...header(id, COACH), clientId, text: 'Notitie', visibility: 'private', ...fields };
}

/** The coach's contact for the help page of `clientId`. */
export function helpContact(
  id: number,
  clientId: string,
  fields: Partial<HelpContactRecord> = {},
): HelpContactRecord {
  return {
    ...header(id, COACH),
    clientId,
    text: 'Bel of app je coach: 06-12345678 (werkdagen 9-17 uur).',
    ...fields,
  };
}

/** An assignment for `clientId`. */
export function assignment(
  id: number,
  clientId: string,
  fields: Partial<AssignmentRecord> = {},
): AssignmentRecord {
  return { ...header(id, COACH), clientId, title: 'Dagboek bijhouden', ...fields };
}

/** A question set the coach made for `clientId`: one question per time frame. */
export function questionSet(
  id: number,
  clientId: string,
  fields: Partial<QuestionSetRecord> = {},
): QuestionSetRecord {
  return {
    ...header(id, COACH),
    clientId,
    name: 'Loopbaanvragen',
    variant: 'career',
    questions: [
      { key: 'past.1', timeFrame: 'past', text: 'Wat speelt uit je vroegere werk nog mee?' },
      { key: 'present.1', timeFrame: 'present', text: 'Wat is nu belangrijk in je werk?' },
      { key: 'future.1', timeFrame: 'future', text: 'Wat verwacht je van je werk?' },
    ],
    ...fields,
  };
}

/** The discussion of an investigation: one valuation that fits and is a key one, a thread, a theme. */
export function discussion(
  id: number,
  ownerId: string,
  investigationId: string,
  fields: Partial<DiscussionRecord> = {},
): DiscussionRecord {
  return {
    ...header(id, ownerId),
    investigationId,
    valuations: [{ valuationId: uuid(id + 1), fit: 'fits', note: 'Dat herken ik', key: true }],
    thread: 'Steeds bewijzen dat ik het kan',
    themes: [{ id: uuid(id + 2), text: 'Hulp vragen' }],
    ...fields,
  };
}

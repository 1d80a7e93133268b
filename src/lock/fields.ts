// Which fields of each record type stay plain under the lock and which are sealed. Plain is
// only what the database needs to find and keep records: the header (ids, owner, dates,
// revision, tombstone, the private and example flags), the Dexie-indexed fields, other dates,
// kinds and links to other records. Every free text and every rating is sealed. A field this
// list does not know is sealed too (fail closed); a test demands each field be listed.
import type { RecordOf, RecordType } from '../domain/records';

/** The fields of one record type, split into plain and sealed. */
export interface FieldSplit<T extends RecordType> {
  plain: readonly (keyof RecordOf<T>)[];
  secret: readonly (keyof RecordOf<T>)[];
}

/** The header every record carries; all of it stays plain. */
const header = [
  'id',
  'ownerId',
  'createdAt',
  'updatedAt',
  'rev',
  'deletedAt',
  'private',
  'example',
] as const;

/** Per record type: the plain fields and the sealed ones. */
export const recordFields: { readonly [T in RecordType]: FieldSplit<T> } = {
  diaryEntries: {
    plain: [...header, 'occurredAt', 'themeId', 'affectListId', 'valuationId'],
    secret: [
      'area',
      'situation',
      'thinking',
      'feelingWords',
      'feelingIntensity',
      'affectRatings',
      'acting',
      'consequence',
      'interplay',
      'themeStrength',
      'phase',
      'bodyNote',
      'triedNew',
      'triedNewOutcome',
    ],
  },
  investigations: {
    plain: [
      ...header,
      'kind',
      'previousInvestigationId',
      'startedAt',
      'completedAt',
      'questionSetId',
      'affectListId',
      'droppedValuationIds',
    ],
    secret: [
      'title',
      'questionVariant',
      'questions',
      'questionSetName',
      'affectList',
      'generalFeeling',
      'idealFeeling',
    ],
  },
  valuations: {
    plain: [...header, 'investigationId', 'predecessorId'],
    secret: ['text', 'timeFrame', 'questionKey', 'order', 'ratings', 'change'],
  },
  affectLists: {
    plain: [...header],
    secret: ['name', 'terms', 'thresholds'],
  },
  focusingSessions: {
    plain: [...header, 'occurredAt', 'mode', 'status', 'diaryEntryIds', 'themeId', 'valuationId'],
    secret: [
      'currentStep',
      'durationMinutes',
      'withCompanion',
      'concernsSetAside',
      'chosenConcern',
      'bodyLocations',
      'feltSense',
      'qualities',
      'handle',
      'handleResonated',
      'distanceStart',
      'distanceEnd',
      'distanceFeltSense',
      'distanceAsking',
      'tooMuch',
      'stoppedEarly',
      'intensityBefore',
      'intensityAfter',
      'questions',
      'receiving',
      'feltShift',
      'feltShiftDescription',
      'nextStep',
      'note',
    ],
  },
  themes: {
    // `phase` was indexed until schema 6 dropped the index (no query used it): where a client
    // stands in the change process is sealed like the diary entry's phase.
    plain: [...header, 'valuationIds'],
    secret: ['title', 'description', 'goals', 'actionPoints', 'phase', 'phaseHistory'],
  },
  ownReports: {
    plain: [...header],
    secret: ['title', 'sections'],
  },
  coachNotes: {
    plain: [...header, 'clientId', 'targetType', 'targetId'],
    secret: ['text', 'visibility'],
  },
  assignments: {
    plain: [...header, 'clientId', 'startsOn', 'endsOn', 'themeId'],
    secret: ['title', 'description', 'reminder'],
  },
  questionSets: {
    plain: [...header, 'clientId'],
    secret: ['name', 'variant', 'questions', 'note'],
  },
  discussions: {
    plain: [...header, 'investigationId'],
    secret: ['valuations', 'thread', 'themes'],
  },
  helpContacts: {
    plain: [...header, 'clientId'],
    secret: ['text'],
  },
};

/** A record's fields in two objects: what stays plain and what gets sealed. */
export interface SplitRecord {
  plain: Record<string, unknown>;
  secret: Record<string, unknown>;
}

/**
 * Splits a record of `type` into its plain and its secret fields. Only fields named plain for
 * the type stay plain; every other own field, known or not, goes to the secret part.
 */
export function splitRecord(type: RecordType, record: object): SplitRecord {
  const plainNames = new Set<string>(recordFields[type].plain as readonly string[]);
  const plain: Record<string, unknown> = {};
  const secret: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(record)) {
    if (value === undefined) continue;
    if (plainNames.has(name)) plain[name] = value;
    else secret[name] = value;
  }
  return { plain, secret };
}

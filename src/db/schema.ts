// The migration registry: every Dexie schema version the app has ever shipped, oldest first.
// Never edit a shipped version; add a new one with an upgrade function and a fixture
// (tests/fixtures/db/vN.json) so the migration tests cover the path from it.
import type { Dexie, Transaction } from 'dexie';
import type { RecordType } from '../domain/records';

/** Tables that are not record types: device-local state that never travels in bundles. */
export type LocalTable =
  | 'drafts'
  | 'clients'
  | 'importLog'
  | 'senderKeys'
  | 'lockKeys'
  | 'lockState';

/** One schema version: Dexie store definitions and the upgrade that brings data to it. */
export interface SchemaVersion {
  version: number;
  /** Dexie store strings; `null` deletes a table. */
  stores: Partial<Record<RecordType | LocalTable, string | null>>;
  /** Rewrites data from the previous version; runs inside Dexie's upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
  /** Why this version exists, for the next reader. */
  reason: string;
}

/** Every version, oldest first. The last one is the current schema. */
export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    reason: 'First schema: every record type of the method, and autosaved drafts.',
    stores: {
      // Indexed fields are the ones queries need (owner, dates, links); free text is not indexed.
      diaryEntries: 'id, ownerId, occurredAt, themeId, updatedAt',
      investigations: 'id, ownerId, startedAt, previousInvestigationId',
      valuations: 'id, ownerId, investigationId, predecessorId',
      affectLists: 'id, ownerId',
      focusingSessions: 'id, ownerId, occurredAt, themeId, status',
      themes: 'id, ownerId, phase',
      ownReports: 'id, ownerId',
      drafts: 'key, savedAt',
    },
  },
  {
    version: 2,
    reason:
      'The coach: notes and assignments (record types that travel in coach-return bundles), ' +
      'the clients known from imports and a log of imports (local), and per-owner date ' +
      "indexes so a coach reads one client's timeline without scanning the others.",
    stores: {
      diaryEntries: 'id, ownerId, occurredAt, themeId, updatedAt, [ownerId+occurredAt]',
      focusingSessions: 'id, ownerId, occurredAt, themeId, status, [ownerId+occurredAt]',
      coachNotes: 'id, ownerId, clientId, targetId, updatedAt',
      assignments: 'id, ownerId, clientId',
      clients: 'id, displayName, lastImportAt',
      importLog: 'id, clientId, importedAt',
    },
  },
  {
    version: 3,
    reason:
      'Question sets: the elicitation questions a coach words for one client and sends in a ' +
      'coach-return bundle (a new record type; clientId indexed like notes and assignments).',
    stores: {
      questionSets: 'id, ownerId, clientId',
    },
  },
  {
    version: 4,
    reason:
      'Pinned sender keys: the Ed25519 key of each sender whose signed file this device ' +
      'imported, pinned on first contact, so a later file claiming that sender with another ' +
      'key is refused. In the records database so an import pins in its own transaction.',
    stores: {
      senderKeys: 'profileId',
    },
  },
  {
    version: 5,
    reason:
      "Discussions: the client's reading of an investigation's results (fits or not per " +
      'valuation, key valuations, the thread and its themes), one per investigation, so ' +
      "investigationId is indexed. Help contacts: the coach's own contact and local resources " +
      "for a client's help page, found by the client they are for.",
    stores: {
      discussions: 'id, ownerId, investigationId',
      helpContacts: 'id, ownerId, clientId',
    },
  },
  {
    version: 6,
    reason:
      'The app lock (issue 17): the wrappers of the data key (lockKeys, found by kind) and one ' +
      'row of lock state with a progress marker per table, so turning the lock on or off ' +
      'resumes after a crash. Clients lose the displayName index and themes the phase index: ' +
      'both fields are sealed under the lock, and no query used either index. No data upgrade: ' +
      'records stay plain until the user turns the lock on.',
    stores: {
      lockKeys: 'id, kind',
      lockState: 'id',
      clients: 'id, lastImportAt',
      themes: 'id, ownerId',
    },
  },
];

/** The schema version the app runs on. */
export const currentSchemaVersion = schemaVersions.at(-1)?.version ?? 0;

/** The store definitions in force at a version (later versions override earlier ones). */
export function storesAt(version: number): Record<string, string> {
  const merged: Record<string, string | null> = {};
  for (const step of schemaVersions) {
    if (step.version > version) break;
    Object.assign(merged, step.stores);
  }
  return Object.fromEntries(
    Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== null),
  );
}

/** Declares `versions` (every version by default), with their upgrades, on a new `db`. */
export function declareVersions(
  db: Dexie,
  versions: readonly SchemaVersion[] = schemaVersions,
): void {
  for (const step of versions) {
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
}

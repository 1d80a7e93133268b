// What a coach's device holds after importing each client's first bundle: only what clients
// share (private records stay on the client's phone), one `clients` row per client with the
// live counts src/db/clients.ts registerImport keeps, and one import-log row per client
// naming what that import added and deleted.
import type { RecordCounts } from '../../src/db/clients';
import type { ClientRow as CoachClientRow, ImportLogRow } from '../../src/db/database';
import type { RecordBase, RecordType } from '../../src/domain/records';
import { recordTypes } from '../../src/domain/records/types';
import type { Dataset } from './dataset';

/** Record types a client owns (the coach's notes and assignments name the client instead). */
const clientTypes = recordTypes.filter((t) => t !== 'coachNotes' && t !== 'assignments');

const FIRST_NAMES = [
  'Anouk',
  'Daan',
  'Fatima',
  'James',
  'Sanne',
  'Youssef',
  'Emily',
  'Bram',
  'Lotte',
  'Oliver',
] as const;
const LAST_INITIALS = 'BDHKMRSTVW';

/** A readable, distinct name for the client at `index` (e.g. "Anouk B."). */
export function clientDisplayName(index: number): string {
  const first = FIRST_NAMES[index % FIRST_NAMES.length];
  const initial = LAST_INITIALS[Math.floor(index / FIRST_NAMES.length) % LAST_INITIALS.length];
  const round = Math.floor(index / (FIRST_NAMES.length * LAST_INITIALS.length));
  return `${first} ${initial}.${round > 0 ? ` ${round + 1}` : ''}`;
}

/** The records as a client export carries them: private ones are left out. */
export function sharedOnly(records: Dataset): Dataset {
  const out = {} as Record<RecordType, RecordBase[]>;
  for (const type of recordTypes) {
    out[type] = (records[type] as (RecordBase & { private?: boolean })[]).filter(
      (record) => record.private !== true,
    );
  }
  return out as unknown as Dataset;
}

/** The rows registerImport would have written for each client's first import. */
export function registrationRows(
  clientIds: readonly string[],
  records: Dataset,
  options: { importedAt: string; bundleCreatedAt: string },
): { clients: CoachClientRow[]; importLog: ImportLogRow[] } {
  const clients: CoachClientRow[] = [];
  const importLog: ImportLogRow[] = [];
  for (const [index, clientId] of clientIds.entries()) {
    const recordCounts: RecordCounts = {};
    const added: ImportLogRow['added'] = {};
    const deleted: ImportLogRow['deleted'] = {};
    for (const type of clientTypes) {
      const own = (records[type] as RecordBase[]).filter((r) => r.ownerId === clientId);
      const live = own.filter((r) => r.deletedAt === undefined).map((r) => r.id);
      const gone = own.filter((r) => r.deletedAt !== undefined).map((r) => r.id);
      recordCounts[type] = live.length;
      if (live.length > 0) added[type] = live;
      if (gone.length > 0) deleted[type] = gone;
    }
    clients.push({
      id: clientId,
      displayName: clientDisplayName(index),
      firstImportAt: options.importedAt,
      lastImportAt: options.importedAt,
      lastBundleAt: options.bundleCreatedAt,
      recordCounts,
    });
    importLog.push({
      id: `import-${String(index).padStart(4, '0')}-${clientId}`,
      clientId,
      importedAt: options.importedAt,
      bundleCreatedAt: options.bundleCreatedAt,
      kind: 'client-export',
      added,
      updated: {},
      deleted,
    });
  }
  return { clients, importLog };
}

// Seeds a coach's device in the page: two clients with their records, a clients row and an
// import log entry each, written straight into IndexedDB (the import UI lives elsewhere).
import type { Page } from 'playwright-core';
import { type RecordType, recordSchemas } from '../../../src/domain/records';
import { defaultAffectList } from '../../../src/domain/zkm/default-affect-list';
import { waitForAppDatabase } from '../support/app';

/** A deterministic v4-shaped UUID. */
export const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export const CLIENT = uuid(0xc1);
export const OTHER = uuid(0xc2);
export const THEME = uuid(0x71);
export const INVESTIGATION = uuid(0x1e);
const day = 86_400_000;

function header(id: number, ownerId: string, at: string) {
  return { id: uuid(id), ownerId, createdAt: at, updatedAt: at, rev: 1 };
}

// Ratings from a seed number: varied, complete profiles on the default list.
function ratings(seed: number): Record<string, number> {
  return Object.fromEntries(defaultAffectList.terms.map((t, i) => [t.id, (seed * 7 + i * 3) % 6]));
}

/** The answers of forms 3 and 8 to how thinking, feeling and acting hung together. */
export const INTERPLAY = [
  'De ergernis hield me stil, en stil blijven voedde de ergernis.',
  'Ik dacht dat ik tekortschoot, dat maakte me gespannen en ik zei niets.',
] as const;

/** The records of the main client (Jeroen) and the other client (Anouk). */
export function seedRecords(now: Date) {
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * day).toISOString();
  const diary = Array.from({ length: 8 }, (_, i) => ({
    ...header(0x100 + i, CLIENT, at(40 - i * 5)),
    occurredAt: at(40 - i * 5),
    area: (['work', 'home', 'other'] as const)[i % 3],
    situation: `Situatie ${i + 1}: overleg met de teamleider, ik voelde me geïrriteerd; "weer niet goed"`,
    feelingIntensity: 2 + i,
    phase: i < 5 ? ('attending' as const) : ('creating' as const),
    themeId: THEME,
    // How thinking, feeling and acting hung together: answered on two forms (3 and 8).
    ...(i === 2 || i === 7 ? { interplay: INTERPLAY[i === 2 ? 0 : 1] } : {}),
  }));
  const focusing = Array.from({ length: 3 }, (_, i) => ({
    ...header(0x200 + i, CLIENT, at(30 - i * 10)),
    occurredAt: at(30 - i * 10),
    mode: 'quick' as const,
    status: 'done' as const,
    concernsSetAside: ['werk'],
    chosenConcern: `Druk op de borst ${i + 1}`,
    bodyLocations: ['chest'],
    questions: [],
    diaryEntryIds: [],
    distanceStart: 'too-close' as const,
    distanceEnd: 'right' as const,
    intensityBefore: 8 - i,
    intensityAfter: 4 - i,
    feltShift: i !== 1,
    durationMinutes: 20,
  }));
  const investigation = {
    ...header(0x1e, CLIENT, at(60)),
    id: INVESTIGATION,
    kind: 'first' as const,
    title: 'Eerste zelfonderzoek',
    startedAt: at(60),
    questionVariant: 'career' as const,
    questions: [],
    affectList: defaultAffectList,
    generalFeeling: ratings(1),
    idealFeeling: ratings(2),
  };
  const valuations = Array.from({ length: 6 }, (_, i) => ({
    ...header(0x300 + i, CLIENT, at(60)),
    investigationId: INVESTIGATION,
    text:
      [
        'Ik wil bewijzen dat ik het kan',
        'Mijn vader was nooit tevreden',
        'Op het lab ben ik één radertje',
        'Mijn vrouw steunt me',
        'Ik wil rust vinden',
        'Collega’s zien me niet',
      ][i] ?? '',
    timeFrame: (['past', 'present', 'future'] as const)[i % 3],
    order: i,
    ratings: ratings(i + 3),
  }));
  const theme = {
    ...header(0x71, CLIENT, at(50)),
    id: THEME,
    title: 'Mijn drang om mezelf te bewijzen',
    valuationIds: [uuid(0x300)],
    goals: ['Vaker om hulp vragen'],
    actionPoints: [],
    phase: 'creating' as const,
    phaseHistory: [
      { phase: 'attending' as const, since: at(50) },
      { phase: 'creating' as const, since: at(15) },
    ],
  };
  const ownReport = {
    ...header(0x400, CLIENT, at(2)),
    title: 'Mijn traject',
    sections: [
      { prompt: 'Wat is er veranderd?', text: 'Ik merk eerder wanneer ik mezelf wil bewijzen.' },
    ],
  };
  const other = [
    {
      ...header(0x500, OTHER, at(3)),
      occurredAt: at(3),
      situation: 'Anouk: gesprek met mijn manager',
    },
  ];
  return {
    diaryEntries: [...diary, ...other],
    focusingSessions: focusing,
    investigations: [investigation],
    valuations,
    themes: [theme],
    ownReports: [ownReport],
  } satisfies Partial<Record<RecordType, unknown[]>>;
}

/** The clients and import log rows: the last import added the two newest diary forms. */
export function seedLocal(now: Date) {
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * day).toISOString();
  return {
    clients: [
      {
        id: CLIENT,
        displayName: 'Jeroen',
        firstImportAt: at(20),
        lastImportAt: at(1),
        lastBundleAt: at(1),
      },
      {
        id: OTHER,
        displayName: 'Anouk',
        firstImportAt: at(3),
        lastImportAt: at(3),
        lastBundleAt: at(3),
      },
    ],
    importLog: [
      {
        id: uuid(0x900),
        clientId: CLIENT,
        importedAt: at(20),
        bundleCreatedAt: at(20),
        kind: 'client-export',
        added: { diaryEntries: [uuid(0x100)] },
        updated: {},
        deleted: {},
      },
      {
        id: uuid(0x901),
        clientId: CLIENT,
        importedAt: at(1),
        bundleCreatedAt: at(1),
        kind: 'client-export',
        added: { diaryEntries: [uuid(0x106), uuid(0x107)], ownReports: [uuid(0x400)] },
        updated: { themes: [THEME] },
        deleted: {},
      },
      {
        id: uuid(0x902),
        clientId: OTHER,
        importedAt: at(3),
        bundleCreatedAt: at(3),
        kind: 'client-export',
        added: { diaryEntries: [uuid(0x500)] },
        updated: {},
        deleted: {},
      },
    ],
  };
}

/** Writes rows into the app's IndexedDB in the page, then reloads so live queries see them. */
export async function seedDatabase(page: Page, tables: Record<string, unknown[]>): Promise<void> {
  for (const [type, rows] of Object.entries(tables)) {
    const schema = recordSchemas[type as RecordType];
    // Seeds must be valid records, or the test would prove nothing about real data.
    if (schema) for (const row of rows) schema.parse(row);
  }
  await waitForAppDatabase(page);
  await page.evaluate(async (data) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('koers');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(Object.keys(data), 'readwrite');
      for (const [name, rows] of Object.entries(data)) {
        for (const row of rows) tx.objectStore(name).put(row);
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, tables);
  await page.reload();
  await page.locator('#app > *').first().waitFor();
}

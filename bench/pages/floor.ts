// The floors of the bundle targets (issue 6), run in the browser from a bench-only page, never
// from the app bundle. Export floor: the payload JSON stringified, gzipped (CompressionStream)
// and age-encrypted to the coach's and the client's key as one blob. Import floor: decrypt,
// gunzip, JSON.parse and one bulkPut per table in one transaction. Nothing else: no
// validation, no merge, no progress; what the app adds on top is what the ratio shows.
import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { createDatabase, type KoersDexie } from '../../src/db/database';
import { currentSchemaVersion } from '../../src/db/schema';
import type { RecordType } from '../../src/domain/records';
import { recordTypes } from '../../src/domain/records/types';
import {
  type ClientSize,
  type Dataset,
  fullClientSize,
  generateClientData,
  quickClientSize,
} from '../generate/dataset';

interface State {
  payload: { manifest: Record<string, unknown>; records: Dataset };
  recipients: string[];
  coachIdentity: string;
  blob?: Uint8Array;
  db: KoersDexie;
}

let state: State | undefined;

function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Response(stream).arrayBuffer().then((buffer) => new Uint8Array(buffer));
}

function through(bytes: Uint8Array, transform: CompressionStream | DecompressionStream) {
  return bytesOf(
    new Blob([bytes as BlobPart])
      .stream()
      .pipeThrough(transform as unknown as ReadableWritablePair<Uint8Array, Uint8Array>),
  );
}

/** Records as a client export to the coach carries them: private records stay home. */
function shareable(data: Dataset): Dataset {
  const out = {} as Record<RecordType, unknown[]>;
  for (const type of recordTypes) {
    out[type] = (data[type] as { private?: boolean }[]).filter((record) => !record.private);
  }
  return out as Dataset;
}

async function prepare(options: { seed: number; size: 'full' | 'quick' }) {
  const size: ClientSize = options.size === 'full' ? fullClientSize : quickClientSize;
  const ownerId = '3f0c9a52-7d1e-4b6a-9c2f-5e8d7a1b2c3d';
  const records = shareable(generateClientData({ seed: options.seed, size, ownerId }));
  const coachIdentity = await generateX25519Identity();
  const clientIdentity = await generateX25519Identity();
  const counts = Object.fromEntries(recordTypes.map((type) => [type, records[type].length]));
  const manifest = {
    format: 'koers-bundle',
    formatVersion: 1,
    minReaderVersion: 1,
    appVersion: 'bench',
    schemaVersion: currentSchemaVersion,
    createdAt: new Date().toISOString(),
    kind: 'client-export',
    sender: { profileId: ownerId, displayName: 'Bench' },
    scope: { sections: [...recordTypes] },
    counts,
  };
  const db = createDatabase();
  await db.open();
  state = {
    payload: { manifest, records },
    recipients: [
      await identityToRecipient(coachIdentity),
      await identityToRecipient(clientIdentity),
    ],
    coachIdentity,
    db,
  };
  return counts;
}

function ready(): State {
  if (!state) throw new Error('call prepare() first');
  return state;
}

/** Export floor, in ms; keeps the blob for the import floor. */
async function exportOnce(): Promise<{ ms: number; bytes: number }> {
  const s = ready();
  const started = performance.now();
  const json = new TextEncoder().encode(JSON.stringify(s.payload));
  const gzipped = await through(json, new CompressionStream('gzip'));
  const encrypter = new Encrypter();
  for (const recipient of s.recipients) encrypter.addRecipient(recipient);
  const blob = await encrypter.encrypt(gzipped);
  const ms = performance.now() - started;
  s.blob = blob;
  return { ms, bytes: blob.length };
}

/** Import floor, in ms, into an emptied database (emptying is not timed). */
async function importOnce(): Promise<{
  ms: number;
  records: number;
  phases: Record<string, number>;
}> {
  const s = ready();
  if (!s.blob) await exportOnce();
  const blob = s.blob as Uint8Array;
  await s.db.transaction(
    'rw',
    recordTypes.map((type) => s.db[type]),
    async () => {
      for (const type of recordTypes) await s.db[type].clear();
    },
  );
  const started = performance.now();
  const decrypter = new Decrypter();
  decrypter.addIdentity(s.coachIdentity);
  const gzipped = await decrypter.decrypt(blob);
  const decrypted = performance.now();
  const json = await through(gzipped, new DecompressionStream('gzip'));
  const gunzipped = performance.now();
  const payload = JSON.parse(new TextDecoder().decode(json)) as { records: Dataset };
  const parsed = performance.now();
  await s.db.transaction(
    'rw',
    recordTypes.map((type) => s.db[type]),
    async () => {
      for (const type of recordTypes) {
        await (s.db[type] as KoersDexie['diaryEntries']).bulkPut(
          payload.records[type] as Dataset['diaryEntries'],
        );
      }
    },
  );
  const ended = performance.now();
  const records = await s.db.diaryEntries.count();
  // Where the time goes, for docs/performance.md.
  const phases = {
    decrypt: decrypted - started,
    gunzip: gunzipped - decrypted,
    parse: parsed - gunzipped,
    bulkPut: ended - parsed,
  };
  return { ms: ended - started, records, phases };
}

/** The page's API, called by the benchmark through page.evaluate. */
export interface FloorApi {
  prepare: typeof prepare;
  exportOnce: typeof exportOnce;
  importOnce: typeof importOnce;
}

(window as unknown as { koersFloor: FloorApi }).koersFloor = { prepare, exportOnce, importOnce };
document.body.dataset.ready = 'true';

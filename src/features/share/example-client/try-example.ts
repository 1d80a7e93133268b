// "Try Koers with the example client": the demo coach key and the example client's file from
// examples/, shipped with the app (and precached), opened and imported in one step, with no
// tool outside the app. The demo key is public: it is kept apart, marked as the example's,
// and never becomes the coach's own key.
import demoKeyText from '../../../../examples/demo-coach.key?raw';
import exampleBundleUrl from '../../../../examples/example-client.koers?url';
import { commitImport } from '../../../db/bundle-import';
import { removeExampleClient } from '../../../db/clients';
import {
  addCoachIdentity,
  getMoreCoachIdentities,
  removeMoreCoachIdentity,
} from '../../../db/keys';
import { parseIdentityFile } from '../../../domain/share/identity-file';
import { cryptoClient } from '../crypto';
import { ensureSigningKey } from '../device-key';
import { openWithKeys } from '../unlock';

/** The example file's bytes: fetched from this origin (precached), or decoded when inlined. */
async function exampleBundleBytes(): Promise<Uint8Array> {
  if (exampleBundleUrl.startsWith('data:')) {
    const base64 = exampleBundleUrl.slice(exampleBundleUrl.indexOf(',') + 1);
    return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  }
  const response = await fetch(exampleBundleUrl);
  if (!response.ok) throw new Error(`The example file could not be read (${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Adds the demo key (marked as the example's) and imports the example client's file with it;
 * returns the example client's id. Running it again changes nothing but the import log.
 */
export async function openExampleClient(): Promise<string> {
  const identity = parseIdentityFile(demoKeyText);
  if (!identity) throw new Error('The demo key shipped with the app is not a key.');
  const client = cryptoClient();
  const pair = await client.call('describeIdentity', { identity });
  const now = new Date().toISOString();
  await addCoachIdentity({ ...pair, createdAt: now, backedUpAt: now, example: true });
  const opened = await openWithKeys(await exampleBundleBytes(), [pair], () => undefined);
  // The device's own signing key must exist to tell its own files apart from others'.
  await ensureSigningKey();
  await commitImport(opened, undefined, { exampleClient: true });
  return opened.manifest.sender.profileId;
}

/** Removes the example client, everything of theirs, their pinned key and the demo key. */
export async function removeExample(clientId: string): Promise<void> {
  await removeExampleClient(clientId);
  for (const key of await getMoreCoachIdentities()) {
    if (key.example) await removeMoreCoachIdentity(key.recipient);
  }
}

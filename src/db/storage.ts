// Persistent storage and the storage estimate shown in settings.

/** Storage used, quota, and whether the browser promised to keep the data. */
export interface StorageStatus {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

/** Asks the browser to keep this origin's data (iOS and Chrome may evict it otherwise). */
export async function requestPersistence(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  try {
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}

/** What the browser reports about storage; null where it does not say. */
export async function storageStatus(): Promise<StorageStatus> {
  const storage = navigator.storage;
  const [estimate, persisted] = await Promise.all([
    storage?.estimate ? storage.estimate().catch(() => undefined) : undefined,
    storage?.persisted ? storage.persisted().catch(() => null) : null,
  ]);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted };
}

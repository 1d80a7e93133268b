// The page's side of receiving files: from the share target's inbox cache, and from the
// file handler's launch queue. The import screen takes files from here.

/** The cache the service worker parks shared files in (same name as in src/sw). */
const INBOX_CACHE = 'koers-inbox';

/** Takes (and removes) the shared file with this inbox id; undefined when it is gone. */
export async function takeInboxFile(id: string): Promise<File | undefined> {
  if (!('caches' in globalThis) || !/^[0-9a-f-]{36}$/.test(id)) return undefined;
  const cache = await caches.open(INBOX_CACHE);
  const key = `/inbox/${id}`;
  const response = await cache.match(key);
  if (!response) return undefined;
  const name = decodeURIComponent(response.headers.get('X-File-Name') ?? 'bundle.koers');
  const file = new File([await response.blob()], name);
  await cache.delete(key);
  return file;
}

interface LaunchParams {
  files: readonly FileSystemFileHandle[];
}

/** Calls `receive` with each file the OS opened Koers with (file_handlers). */
export function consumeLaunchQueue(receive: (file: File) => void): void {
  const queue = (
    window as Window & {
      launchQueue?: { setConsumer: (consumer: (params: LaunchParams) => void) => void };
    }
  ).launchQueue;
  queue?.setConsumer((params) => {
    for (const handle of params.files) void handle.getFile().then(receive);
  });
}

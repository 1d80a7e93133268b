// Receives a file shared to Koers (the manifest's share_target) and hands it to the page:
// the file is parked in a cache under a random id and the page is opened on the import screen.

/** Where the share sheet posts. */
export const SHARE_TARGET_PATH = '/share-target';

/** The cache that holds received files until the page takes them. */
export const INBOX_CACHE = 'koers-inbox';

/** Stores the shared file and redirects to the import screen with its inbox id. */
export async function handleShareTarget(request: Request): Promise<Response> {
  try {
    const form = await request.formData();
    const file = form.get('bundle');
    const text = form.get('text');
    const id = crypto.randomUUID();
    const cache = await caches.open(INBOX_CACHE);
    if (file instanceof File) {
      await cache.put(
        `/inbox/${id}`,
        new Response(file, { headers: { 'X-File-Name': encodeURIComponent(file.name) } }),
      );
    } else if (typeof text === 'string' && text.length > 0) {
      // Armored bundles arrive as shared text from chat apps.
      await cache.put(
        `/inbox/${id}`,
        new Response(text, { headers: { 'X-File-Name': 'shared.koers.txt' } }),
      );
    } else {
      return Response.redirect('/share/import?inbox=empty', 303);
    }
    return Response.redirect(`/share/import?inbox=${id}`, 303);
  } catch {
    return Response.redirect('/share/import?inbox=failed', 303);
  }
}

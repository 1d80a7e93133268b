// The page's Content Security Policy, sent as a header on every page the worker serves.
//
// index.html carries the policy in a meta tag, so that it holds on any static host, even one
// that sends no headers. But Chromium's preload scanner fetches nothing while a page has a
// meta-tag policy it has not applied yet: the entry script and the stylesheet were asked for
// only when the parser reached them, 40–50 ms later on a cold start at 4x throttling
// (docs/performance.md, cold start item 11). The worker serves every page but the very first,
// so it moves the policy from the tag to a header: the same policy, known before the page is
// parsed. A header can also say what a meta tag cannot (`frame-ancestors`).

/** The policy's meta tag as index.html writes it. */
const POLICY_TAG = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"&<>]*)"\s*\/?>/i;

/** What a header adds to the page's policy: no framing of the app by another page. */
const HEADER_ONLY = "frame-ancestors 'none'";

/**
 * `page` with its meta-tag policy sent as a header instead; `page` itself when it holds no
 * such tag (or one with characters escaped, which this does not decode): then the tag stays.
 */
export async function withPolicyHeader(page: Response): Promise<Response> {
  const html = await page.clone().text();
  const tag = POLICY_TAG.exec(html);
  const policy = tag?.[1]?.trim();
  if (tag === null || !policy) return page;
  const headers = new Headers(page.headers);
  headers.append(
    'Content-Security-Policy',
    /(^|;)\s*frame-ancestors\s/.test(policy) ? policy : `${policy}; ${HEADER_ONLY}`,
  );
  // The length changed with the tag; the browser counts the body itself.
  headers.delete('Content-Length');
  return new Response(html.replace(tag[0], ''), {
    status: page.status,
    statusText: page.statusText,
    headers,
  });
}

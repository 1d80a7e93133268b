// The page's Content Security Policy, sent as a header on every page the worker serves.
//
// index.html carries the policy in a meta tag, so that it holds on any static host, even one
// that sends no headers. But Chromium's preload scanner fetches nothing while a page has a
// meta-tag policy it has not applied yet: the entry script and the stylesheet were asked for
// only when the parser reached them, 35 ms later on a cold start at 4x throttling
// (docs/performance.md, cold start item 11). The worker serves every page but the very first,
// so it moves the policy from the tag to a header: the same policy, known before the page is
// parsed. A header can also say what a meta tag cannot (`frame-ancestors`).

/** The policy's meta tag as index.html writes it. */
const POLICY_TAG = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"&<>]*)"\s*\/?>/i;

/** What a header adds to the page's policy: no framing of the app by another page. */
const HEADER_ONLY = "frame-ancestors 'none'";

/** Characters a header value can carry (Latin-1 without controls; whitespace is folded). */
const HEADER_SAFE = /^[\x20-\x7e\xa0-\xff]*$/;

/**
 * `page` with its meta-tag policy sent as a header instead. `page` itself, with the tag, when
 * there is nothing to move safely: not an HTML page, no such tag, one with characters escaped
 * (not decoded here) or that a header cannot carry, or anything else going wrong; the browser
 * then applies the tag as before.
 */
export async function withPolicyHeader(page: Response): Promise<Response> {
  try {
    const type = page.headers.get('Content-Type');
    if (!page.ok || (type !== null && !/^text\/html\b/i.test(type))) return page;
    const html = await page.clone().text();
    const tag = POLICY_TAG.exec(html);
    const policy = tag?.[1]?.replace(/\s+/g, ' ').trim();
    if (tag === null || !policy || !HEADER_SAFE.test(policy)) return page;
    const headers = new Headers(page.headers);
    headers.append(
      'Content-Security-Policy',
      /(^|;)\s*frame-ancestors\b/i.test(policy) ? policy : `${policy}; ${HEADER_ONLY}`,
    );
    // Without a type the new body would be sent as plain text; the stored page was HTML.
    if (type === null) headers.set('Content-Type', 'text/html; charset=utf-8');
    // The length changed with the tag; the browser counts the body itself.
    headers.delete('Content-Length');
    return new Response(html.replace(tag[0], ''), {
      status: page.status,
      statusText: page.statusText,
      headers,
    });
  } catch (error) {
    // A page served with its tag is a page that works; one not served at all is not.
    console.warn('The page was served with its policy in the meta tag', error);
    return page;
  }
}

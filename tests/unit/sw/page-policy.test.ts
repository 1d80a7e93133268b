// The service worker sends the page's policy as a header (src/sw/page-policy.ts): the same
// policy as index.html's meta tag, plus what only a header can say, and the tag gone, so that
// Chromium's preload scanner fetches the entry script while the page is still being parsed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withPolicyHeader } from '../../../src/sw/page-policy';

const indexHtml = readFileSync(resolve(import.meta.dirname, '../../../index.html'), 'utf8');
const metaPolicy =
  /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(indexHtml)?.[1] ?? '';

function page(html: string, headers: Record<string, string> = {}): Response {
  return new Response(html, {
    status: 200,
    statusText: 'OK',
    headers: { 'Content-Type': 'text/html; charset=utf-8', ...headers },
  });
}

describe('withPolicyHeader', () => {
  it("moves index.html's own policy from its meta tag to a header", async () => {
    expect(metaPolicy).toContain("default-src 'self'");
    const served = await withPolicyHeader(page(indexHtml, { 'Content-Length': '2000' }));
    const html = await served.text();
    expect(html).not.toContain('Content-Security-Policy');
    expect(served.headers.get('Content-Security-Policy')).toBe(
      `${metaPolicy}; frame-ancestors 'none'`,
    );
    // Everything else of the page is as stored.
    expect(html).toBe(indexHtml.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''));
    expect(html).toContain('<title>Koers</title>');
    expect(served.status).toBe(200);
    expect(served.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(served.headers.get('Content-Length')).toBeNull();
  });

  it("keeps a host's own policy header beside the page's", async () => {
    const host = "default-src 'self'; frame-ancestors 'none'";
    const served = await withPolicyHeader(
      page(`<head><meta http-equiv="Content-Security-Policy" content="script-src 'self'"></head>`, {
        'Content-Security-Policy': host,
      }),
    );
    // Two policies in one header, separated by a comma: the browser enforces both.
    expect(served.headers.get('Content-Security-Policy')).toBe(
      `${host}, script-src 'self'; frame-ancestors 'none'`,
    );
  });

  it('adds no second frame-ancestors to a policy that has one', async () => {
    const served = await withPolicyHeader(
      page(
        `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; frame-ancestors 'self'" />`,
      ),
    );
    expect(served.headers.get('Content-Security-Policy')).toBe(
      "default-src 'self'; frame-ancestors 'self'",
    );
  });

  it('folds a policy written over several lines into one header line', async () => {
    const served = await withPolicyHeader(
      page(`<meta http-equiv="Content-Security-Policy" content="default-src 'self';
        script-src 'self'" />`),
    );
    expect(served.headers.get('Content-Security-Policy')).toBe(
      "default-src 'self'; script-src 'self'; frame-ancestors 'none'",
    );
  });

  it('serves the moved page as HTML when the host sent no type', async () => {
    const stored = new Response(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'"><p>Koers</p>`,
    );
    stored.headers.delete('Content-Type');
    const served = await withPolicyHeader(stored);
    expect(served.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await served.text()).toBe('<p>Koers</p>');
  });

  it('leaves a page without the tag, or with one it cannot move safely, as it is', async () => {
    for (const html of [
      '<head><title>No policy</title></head>',
      // Escaped characters are not decoded here: the tag stays and the browser applies it.
      `<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;">`,
      `<meta http-equiv="Content-Security-Policy" content="  ">`,
      // A header cannot carry it (a curly quote pasted in): the tag stays, the page works.
      `<meta http-equiv="Content-Security-Policy" content="default-src ‘self’">`,
    ]) {
      const stored = page(html);
      const served = await withPolicyHeader(stored);
      expect(served).toBe(stored);
      expect(await served.text()).toBe(html);
      expect(served.headers.get('Content-Security-Policy')).toBeNull();
    }
  });

  it('leaves what is not an HTML page, or not a page that loaded, as it is', async () => {
    const tag = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`;
    for (const stored of [
      page(tag, { 'Content-Type': 'text/plain' }),
      new Response(tag, { status: 404, headers: { 'Content-Type': 'text/html' } }),
    ]) {
      expect(await withPolicyHeader(stored)).toBe(stored);
    }
  });
});

// Just enough PDF reading for the report test: page sizes from the page objects, and the
// outline (bookmark) titles Chromium writes for headings. Inflates Flate streams with zlib.
import { inflateSync } from 'node:zlib';

/** The text of the PDF with every Flate stream inflated in place (binary kept as latin1). */
function expand(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  return raw.replace(/stream\r?\n([\s\S]*?)\r?\nendstream/g, (whole, body: string) => {
    try {
      return `stream\n${inflateSync(Buffer.from(body, 'latin1')).toString('latin1')}\nendstream`;
    } catch {
      return whole;
    }
  });
}

/** Width and height in points of every page. */
export function pdfPageSizes(pdf: Buffer): { width: number; height: number }[] {
  const text = expand(pdf);
  const sizes: { width: number; height: number }[] = [];
  for (const match of text.matchAll(
    /\/Type\s*\/Page\b(?!s)[\s\S]*?\/MediaBox\s*\[\s*([\d.\s-]+)\]/g,
  )) {
    const [x0, y0, x1, y1] = (match[1] ?? '').trim().split(/\s+/).map(Number);
    sizes.push({ width: (x1 ?? 0) - (x0 ?? 0), height: (y1 ?? 0) - (y0 ?? 0) });
  }
  return sizes;
}

function decodePdfString(raw: string): string {
  if (raw.startsWith('<')) {
    const hex = raw.slice(1, -1).replace(/\s+/g, '');
    const bytes = Buffer.from(hex, 'hex');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      let out = '';
      for (let i = 2; i + 1 < bytes.length; i += 2)
        out += String.fromCharCode(bytes.readUInt16BE(i));
      return out;
    }
    return bytes.toString('latin1');
  }
  const body = raw
    .slice(1, -1)
    .replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, c: string) =>
      /^[0-7]/.test(c)
        ? String.fromCharCode(Number.parseInt(c, 8))
        : (({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[c] ?? c),
    );
  if (body.charCodeAt(0) === 0xfe && body.charCodeAt(1) === 0xff) {
    let out = '';
    for (let i = 2; i + 1 < body.length; i += 2)
      out += String.fromCharCode((body.charCodeAt(i) << 8) | body.charCodeAt(i + 1));
    return out;
  }
  return body;
}

/** The titles of the document outline, in file order. */
export function pdfOutlineTitles(pdf: Buffer): string[] {
  const text = expand(pdf);
  return [...text.matchAll(/\/Title\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))/g)].map((m) =>
    decodePdfString(m[1] ?? '').trim(),
  );
}

// Just enough PDF reading for the report test: page sizes from the page objects, the outline
// (bookmark) titles Chromium writes for headings, and the text drawn on the pages (decoded
// through each font's ToUnicode map). Inflates Flate streams with zlib.

import { execFileSync } from 'node:child_process';
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

/** The objects of the PDF by number: their text (dictionary) and inflated stream, if any. */
function objects(pdf: Buffer): Map<number, { dict: string; stream?: string }> {
  const raw = pdf.toString('latin1');
  const found = new Map<number, { dict: string; stream?: string }>();
  for (const match of raw.matchAll(/(\d+)\s+0\s+obj\b([\s\S]*?)\bendobj/g)) {
    const body = match[2] ?? '';
    const at = body.search(/stream\r?\n/);
    if (at < 0) {
      found.set(Number(match[1]), { dict: body });
      continue;
    }
    const start = body.indexOf('\n', at) + 1;
    const end = body.lastIndexOf('endstream');
    let data = Buffer.from(body.slice(start, end).replace(/\r?\n$/, ''), 'latin1');
    if (/\/FlateDecode/.test(body.slice(0, at))) {
      try {
        data = inflateSync(data);
      } catch {
        // Not every stream is whole text; a damaged one is simply skipped.
      }
    }
    found.set(Number(match[1]), { dict: body.slice(0, at), stream: data.toString('latin1') });
  }
  return found;
}

const hexText = (hex: string) => hex.replace(/\s+/g, '');

/** A ToUnicode CMap as code (hex) to text. */
function readCmap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) => {
    let out = '';
    for (let i = 0; i + 3 < hex.length; i += 4)
      out += String.fromCharCode(Number.parseInt(hex.slice(i, i + 4), 16));
    return out;
  };
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set((pair[1] ?? '').toUpperCase(), utf16(pair[2] ?? ''));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const range of (block[1] ?? '').matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g,
    )) {
      const from = Number.parseInt(range[1] ?? '', 16);
      const to = Number.parseInt(range[2] ?? '', 16);
      const width = (range[1] ?? '').length;
      const target = range[3] ?? '';
      const list = [...target.matchAll(/<([0-9A-Fa-f]+)>/g)].map((m) => m[1] ?? '');
      for (let code = from; code <= to; code++) {
        const key = code.toString(16).toUpperCase().padStart(width, '0');
        if (target.startsWith('[')) map.set(key, utf16(list[code - from] ?? ''));
        else {
          const base = list[0] ?? '';
          const last = Number.parseInt(base.slice(-4), 16) + (code - from);
          map.set(key, utf16(base.slice(0, -4) + last.toString(16).padStart(4, '0')));
        }
      }
    }
  }
  return map;
}

/**
 * The text Chromium drew on the pages, one line per text object (BT … ET), in stream order.
 * Fonts are Identity-H (two-byte codes) with a ToUnicode map, as Chromium writes them.
 */
export function pdfText(pdf: Buffer): string {
  const all = objects(pdf);
  const cmaps = new Map<number, Map<string, string>>();
  for (const [number, object] of all) {
    const ref = /\/ToUnicode\s+(\d+)\s+0\s+R/.exec(object.dict);
    const stream = ref ? all.get(Number(ref[1]))?.stream : undefined;
    if (stream) cmaps.set(number, readCmap(stream));
  }
  // Font resource names (/F3 12 0 R inside a /Font dictionary) to their maps.
  const byName = new Map<string, Map<string, string>>();
  for (const object of all.values()) {
    for (const fonts of object.dict.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
      for (const entry of (fonts[1] ?? '').matchAll(/\/([^\s/]+)\s+(\d+)\s+0\s+R/g)) {
        const map = cmaps.get(Number(entry[2]));
        if (map && !byName.has(entry[1] ?? '')) byName.set(entry[1] ?? '', map);
      }
    }
  }
  const lines: string[] = [];
  for (const object of all.values()) {
    const content = object.stream;
    if (!content || !/\bBT\b/.test(content)) continue;
    let font: Map<string, string> | undefined;
    for (const block of content.matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
      let line = '';
      for (const op of (block[1] ?? '').matchAll(
        /\/([^\s/]+)\s+[\d.]+\s+Tf|(<[0-9A-Fa-f\s]*>|\[[^\]]*\])\s*T[jJ]/g,
      )) {
        if (op[1]) {
          font = byName.get(op[1]);
          continue;
        }
        for (const hex of (op[2] ?? '').matchAll(/<([0-9A-Fa-f\s]*)>/g)) {
          const codes = hexText(hex[1] ?? '').toUpperCase();
          for (let i = 0; i + 3 < codes.length; i += 4)
            line += font?.get(codes.slice(i, i + 4)) ?? '';
        }
      }
      if (line) lines.push(line);
    }
  }
  return lines.join('\n');
}

/** Per page, in file order: whether its content draws any text (false for a blank page). */
export function pdfPagesWithText(pdf: Buffer): boolean[] {
  const all = objects(pdf);
  const pages: boolean[] = [];
  for (const object of all.values()) {
    if (!/\/Type\s*\/Page\b(?!s)/.test(object.dict)) continue;
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+0\s+R)/.exec(object.dict)?.[1] ?? '';
    const streams = [...contents.matchAll(/(\d+)\s+0\s+R/g)].map(
      (ref) => all.get(Number(ref[1]))?.stream ?? '',
    );
    pages.push(streams.some((stream) => /\bBT\b[\s\S]*?T[jJ][\s\S]*?\bET\b/.test(stream)));
  }
  return pages;
}

/** One page of a PDF as poppler's pdftotext reads it: its size and how far down text reaches. */
export interface PdfPageFill {
  height: number;
  /** The lowest edge of any word on the page, in points from the top (0 when empty). */
  textBottom: number;
}

/**
 * Reads a PDF with poppler's pdftotext (an independent reader, installed by .ci/run): the
 * text of every page laid out as printed, and per page how far down its words reach.
 */
export function popplerRead(pdf: Buffer): { layout: string; pages: PdfPageFill[] } {
  const layout = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], {
    input: pdf,
  }).toString('utf8');
  const bbox = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', '-', '-'], {
    input: pdf,
  }).toString('utf8');
  const pages: PdfPageFill[] = [];
  for (const page of bbox.split('<page ').slice(1)) {
    const height = Number(/height="([\d.]+)"/.exec(page)?.[1] ?? 0);
    let textBottom = 0;
    for (const word of page.matchAll(/yMax="([\d.]+)"/g)) {
      textBottom = Math.max(textBottom, Number(word[1]));
    }
    pages.push({ height, textBottom });
  }
  return { layout, pages };
}

// The file name of a bundle: who made it and when, with the `.koers` extension.

/** What the file is for, as the manifest says. */
export type FileKind = 'client-export' | 'backup' | 'coach-return';

const kindPart: Record<FileKind, string> = {
  'client-export': 'export',
  backup: 'backup',
  'coach-return': 'coach',
};

/** Lowercase ASCII letters and digits from a display name, joined by dashes, at most 40. */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/** The local calendar date and time of `date` as `yyyy-mm-dd-hhmm`. */
function stamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}-${two(date.getHours())}${two(date.getMinutes())}`;
}

/** e.g. `koers-export-jan-de-vries-2026-11-02-0815.koers`; the name part is left out if empty. */
export function bundleFileName(displayName: string, kind: FileKind, date: Date): string {
  const who = slug(displayName);
  return `koers-${kindPart[kind]}${who ? `-${who}` : ''}-${stamp(date)}.koers`;
}

/** The file name of a backed-up coach key. */
export function keyFileName(date: Date): string {
  return `koers-coach-key-${stamp(date)}.age`;
}

// Saves bytes or text as a file through the browser's download, without any network.
import { downloadFile } from '../../ui/download';

/** Offers `data` as a download named `filename`. */
export const download = downloadFile;

/** A file-name-safe version of a client's name (letters, digits and dashes). */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return slug || 'client';
}

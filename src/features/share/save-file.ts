// Handing a finished file to the user: the share sheet where it takes files, else a download.
import { downloadFile } from '../../ui/download';

/** True when the Web Share API can share this file. */
export function canShareFile(file: File): boolean {
  const nav = navigator as Navigator & { canShare?: (data: ShareData) => boolean };
  return typeof nav.share === 'function' && nav.canShare?.({ files: [file] }) === true;
}

/** Opens the share sheet; false when the user cancelled. */
export async function shareFile(file: File): Promise<boolean> {
  try {
    await navigator.share({ files: [file] });
    return true;
  } catch (e) {
    if (e instanceof Error && e.name === 'AbortError') return false;
    throw e;
  }
}

/** Starts a download of `bytes` under `name`. */
export function downloadBytes(bytes: Uint8Array, name: string, type = 'application/octet-stream') {
  downloadFile(bytes, name, type);
}

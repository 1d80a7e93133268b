// Small stream helpers: feed bytes in chunks with progress, and collect with a size cap.
import { BundleError } from './errors';

/** Streams `bytes` in chunks, reporting how much has been consumed. */
export function chunkedStream(
  bytes: Uint8Array,
  onChunk?: (done: number) => void,
  chunkSize = 256 * 1024,
): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      const end = Math.min(bytes.length, offset + chunkSize);
      controller.enqueue(bytes.slice(offset, end));
      offset = end;
      onChunk?.(offset);
    },
  });
}

/** Reads a stream to one Uint8Array, failing with too-large past `max` bytes. */
export async function collect(
  stream: ReadableStream<Uint8Array>,
  max: number,
  limitName: string,
): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      throw new BundleError('too-large', 'The bundle contents are too large.', {
        limit: limitName,
        max,
      });
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

// gzip and gunzip with the platform's CompressionStream, with a cap on decompressed size.
import { BundleError } from './errors';
import { collect } from './streams';

/** Streams a byte array once. */
function once(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** Compresses bytes with gzip. */
export async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  const out = once(bytes).pipeThrough(
    new CompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>,
  );
  return collect(out, Number.MAX_SAFE_INTEGER, 'output');
}

/** Compresses byte chunks as one gzip stream, in order, without joining them first. */
export async function gzipChunks(chunks: readonly Uint8Array[]): Promise<Uint8Array> {
  let next = 0;
  const source = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[next++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(chunk);
    },
  });
  const out = source.pipeThrough(
    new CompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>,
  );
  return collect(out, Number.MAX_SAFE_INTEGER, 'output');
}

/** Decompresses gzip bytes; bad gzip is damaged, more than `maxBytes` out is too-large. */
export async function gunzip(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  try {
    const out = once(bytes).pipeThrough(
      new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>,
    );
    return await collect(out, maxBytes, 'maxJsonBytes');
  } catch (e) {
    if (e instanceof BundleError) throw e;
    throw new BundleError(
      'damaged',
      'The bundle is damaged (its contents do not decompress).',
      {},
      e,
    );
  }
}

// Recognise an age file (binary or armored) and read its header stanzas, before any decryption.
import { armor } from 'age-encryption';
import { BundleError } from './errors';
import type { BundleLimits } from './limits';

const AGE_MAGIC = 'age-encryption.org/v1\n';
const ARMOR_BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';
const GZIP_MAGIC = [0x1f, 0x8b];

/** How a file's bytes look before decryption. */
export type Encoding = 'binary' | 'armor' | 'unknown';

/** How the file is protected, read from its header stanzas. */
export type ProtectionMode = 'passphrase' | 'key';

/** What the header says about a file, without decrypting anything. */
export interface AgeHeaderInfo {
  encoding: 'binary' | 'armor';
  mode: ProtectionMode;
  /** The scrypt work factor (log2 N), for passphrase files. */
  workFactor?: number;
  /** The stanza types, in order (e.g. `['X25519', 'X25519']`). */
  stanzaTypes: string[];
  /** Length in bytes of the header including the MAC line, in the binary file. */
  headerLength: number;
  /** The binary age file (armor removed). */
  binary: Uint8Array;
}

/** True when `bytes` starts with `prefix` (ASCII). */
function startsWithAscii(bytes: Uint8Array, prefix: string): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) {
    if (bytes[i] !== prefix.charCodeAt(i)) return false;
  }
  return true;
}

/** Index of the first byte that is not ASCII whitespace. */
function skipWhitespace(bytes: Uint8Array): number {
  let i = 0;
  for (; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b !== 0x20 && (b < 0x09 || b > 0x0d)) break;
  }
  return i;
}

/** Tells binary age, armored age and anything else apart by the first bytes. */
export function sniffEncoding(bytes: Uint8Array): Encoding {
  if (startsWithAscii(bytes, AGE_MAGIC)) return 'binary';
  // Armor may be preceded by whitespace (pasted text); look only at the first bytes.
  const start = skipWhitespace(bytes.subarray(0, 1024));
  if (startsWithAscii(bytes.subarray(start), ARMOR_BEGIN)) return 'armor';
  return 'unknown';
}

/** A not-a-bundle error that says what the bytes look like instead, when we can tell. */
function notABundle(bytes: Uint8Array): BundleError {
  if (bytes.length === 0) return new BundleError('not-a-bundle', 'The file is empty.');
  if (bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1]) {
    return new BundleError('not-a-bundle', 'This is a compressed file, not an encrypted bundle.');
  }
  if (bytes[skipWhitespace(bytes.subarray(0, 1024))] === 0x7b) {
    return new BundleError('not-a-bundle', 'This is a plain JSON file, not an encrypted bundle.');
  }
  return new BundleError('not-a-bundle', 'This file is not a Koers bundle.');
}

/** Returns the binary age file, removing ASCII armor; throws not-a-bundle or damaged. */
export function toBinary(bytes: Uint8Array): { encoding: 'binary' | 'armor'; binary: Uint8Array } {
  const encoding = sniffEncoding(bytes);
  if (encoding === 'unknown') throw notABundle(bytes);
  if (encoding === 'binary') return { encoding, binary: bytes };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    throw new BundleError('damaged', 'The bundle text is damaged (not plain text).', {}, e);
  }
  try {
    const binary = armor.decode(text);
    // Armor around something that is not age is as broken as a damaged file.
    if (!startsWithAscii(binary, AGE_MAGIC)) {
      throw new Error('armored content is not an age file');
    }
    return { encoding, binary };
  } catch (e) {
    throw new BundleError('damaged', 'The bundle text is damaged or incomplete.', {}, e);
  }
}

/** Reads one header line (without the newline) at `pos`, or null at the end of input. */
function readLine(bytes: Uint8Array, pos: number, end: number): { line: string; next: number } {
  let i = pos;
  while (i < end && bytes[i] !== 0x0a) {
    const b = bytes[i] ?? 0;
    // The header is printable ASCII; anything else means we ran into damage or the payload.
    if (b < 0x20 || b > 0x7e) throw damagedHeader();
    i++;
  }
  if (i >= end) throw damagedHeader();
  let line = '';
  for (let j = pos; j < i; j++) line += String.fromCharCode(bytes[j] ?? 0);
  return { line, next: i + 1 };
}

/** The error for a header that cannot be parsed. */
function damagedHeader(): BundleError {
  return new BundleError(
    'damaged',
    'The bundle is damaged or incomplete (its header is unreadable).',
  );
}

/** Parses the age header's stanza lines; checks limits before any key derivation can run. */
export function inspectHeader(bytes: Uint8Array, limits: BundleLimits): AgeHeaderInfo {
  if (bytes.length > limits.maxFileBytes) {
    throw new BundleError('too-large', 'The file is too large to be a bundle.', {
      limit: 'maxFileBytes',
      max: limits.maxFileBytes,
      actual: bytes.length,
    });
  }
  const { encoding, binary } = toBinary(bytes);
  // A header longer than the limit that still has no MAC line is hostile or garbage.
  const end = Math.min(binary.length, limits.maxHeaderBytes);
  let pos = AGE_MAGIC.length;
  const stanzas: string[][] = [];
  for (;;) {
    let read: { line: string; next: number };
    try {
      read = readLine(binary, pos, end);
    } catch (e) {
      if (end < binary.length && end === limits.maxHeaderBytes) {
        throw new BundleError('too-large', 'The bundle header is too large.', {
          limit: 'maxHeaderBytes',
          max: limits.maxHeaderBytes,
        });
      }
      throw e;
    }
    const { line, next } = read;
    pos = next;
    if (line.startsWith('--- ')) break;
    if (!line.startsWith('-> ')) {
      // Body lines follow a stanza line; a body line before any stanza is malformed.
      if (stanzas.length === 0) throw damagedHeader();
      continue;
    }
    stanzas.push(line.slice(3).split(' '));
  }
  if (stanzas.length === 0) throw damagedHeader();
  const stanzaTypes = stanzas.map((s) => s[0] ?? '');
  const scrypt = stanzas.filter((s) => s[0] === 'scrypt');
  if (scrypt.length === 0) {
    return { encoding, mode: 'key', stanzaTypes, headerLength: pos, binary };
  }
  // age allows a scrypt stanza only as the sole recipient.
  const only = scrypt[0];
  if (stanzas.length !== 1 || only === undefined || only.length !== 3) throw damagedHeader();
  const factor = only[2] ?? '';
  if (!/^[1-9][0-9]*$/.test(factor)) throw damagedHeader();
  const workFactor = Number(factor);
  if (workFactor > limits.maxWorkFactor) {
    throw new BundleError(
      'too-large',
      'The passphrase protection of this file is too costly to open.',
      {
        limit: 'maxWorkFactor',
        max: limits.maxWorkFactor,
        actual: workFactor,
      },
    );
  }
  return { encoding, mode: 'passphrase', workFactor, stanzaTypes, headerLength: pos, binary };
}

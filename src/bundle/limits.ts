// Limits against hostile or absurd files, and the scrypt work factor bounds.

/** Default scrypt work factor (log2 N) for passphrase bundles, as age uses. */
export const DEFAULT_WORK_FACTOR = 18;
/** Lowest work factor we ever write, whatever calibration says. */
export const MIN_WORK_FACTOR = 17;
/** Highest work factor we accept when reading: above this a file could stall the device. */
export const MAX_WORK_FACTOR = 20;

/** The size limits a read enforces; every field can be lowered by the caller. */
export interface BundleLimits {
  /** Largest encrypted file, in bytes. */
  maxFileBytes: number;
  /** Largest decompressed JSON, in bytes (guards against gzip bombs). */
  maxJsonBytes: number;
  /** Most records of one type. */
  maxRecordsPerType: number;
  /** Most records in total. */
  maxRecordsTotal: number;
  /** Longest string anywhere in the JSON, in UTF-16 code units. */
  maxStringLength: number;
  /** Highest scrypt work factor accepted, checked before any scrypt runs. */
  maxWorkFactor: number;
  /** Largest age header, in bytes (a key bundle has a few stanzas of ~100 bytes). */
  maxHeaderBytes: number;
}

/** The limits used unless the caller passes others. */
export const DEFAULT_LIMITS: BundleLimits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxJsonBytes: 256 * 1024 * 1024,
  maxRecordsPerType: 100_000,
  maxRecordsTotal: 250_000,
  // Free text is capped at 20 000 characters by the record schemas; leave headroom.
  maxStringLength: 100_000,
  maxWorkFactor: MAX_WORK_FACTOR,
  maxHeaderBytes: 16 * 1024,
};

/** Merges caller overrides into the defaults. */
export function resolveLimits(overrides?: Partial<BundleLimits>): BundleLimits {
  return { ...DEFAULT_LIMITS, ...overrides };
}

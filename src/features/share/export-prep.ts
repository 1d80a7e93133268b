// Getting an export ready while the user reads the summary: the chosen records are turned
// into JSON text and checked on the UI thread in small slices between frames, so the click on
// "Make the file" only adds the manifest and hands the text to the crypto worker. The checks
// go on while the worker compresses and encrypts; the file is offered only when both are done.
import { checkRecords, type Pause, recordsJson, shareableRecords } from '../../bundle/export-json';
import type { BundleKind, BundleRecords } from '../../bundle/format';

/** Thrown inside a preparation that was given up (the choice changed, the screen closed). */
class Cancelled extends Error {
  constructor() {
    super('export preparation cancelled');
    this.name = 'Cancelled';
  }
}

/** Gives the browser a turn (input, rendering) before the next slice of work. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** The records of one export choice on their way to a file. */
export interface ExportPreparation {
  /** The records that go (private ones left out unless it is a backup). */
  readonly records: BundleRecords;
  /** Starts the work if it has not started (idempotent). */
  start(): void;
  /** The records as JSON text in parts (export-json.ts recordsJson); starts the work. */
  json(): Promise<string[]>;
  /** Resolves when every record passed the reader's checks; starts the work. */
  checked(): Promise<void>;
  /** Marks it as used by an export, which a later cancel must not break. */
  claim(): void;
  /** Gives the work up unless claimed. */
  cancel(): void;
}

/** A preparation of `selected` for a bundle of `kind`; lazy until started. */
export function exportPreparation(
  selected: BundleRecords,
  kind: BundleKind,
  pause: Pause = yieldToBrowser,
): ExportPreparation {
  const records = shareableRecords(selected, kind);
  let cancelled = false;
  let claimed = false;
  let work: { json: Promise<string[]>; checked: Promise<void> } | undefined;
  const step: Pause = async () => {
    await pause();
    if (cancelled) throw new Cancelled();
  };
  const started = () => {
    if (!work) {
      const json = recordsJson(records, step);
      // The JSON first (the worker needs it); the checks run while the worker works.
      const checked = json.then(() => checkRecords(records, step));
      // Nobody may be waiting yet: a failure is reported to whoever asks for it.
      json.catch(() => undefined);
      checked.catch(() => undefined);
      work = { json, checked };
    }
    return work;
  };
  return {
    records,
    start: () => void started(),
    json: () => started().json,
    checked: () => started().checked,
    claim: () => {
      claimed = true;
    },
    cancel: () => {
      if (!claimed) cancelled = true;
    },
  };
}

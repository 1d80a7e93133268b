// Planning an import against what the device holds: the sender's records merge by rev, and a
// record id that belongs to another profile here is never touched.
import type { RecordType } from '../domain/records/index';
import { recordsPerType } from '../domain/records/per-type';
import type { BundlePayload } from './format';
import { type ExistingLookup, type MergePlan, planMerge } from './merge';
import { checkWriteRules, type WriteRuleDevice } from './write-rules';

/** A merge plan plus the records left alone because their id belongs to another profile. */
export interface ImportPlan {
  plan: MergePlan;
  /** Per type: incoming records whose id is held here by a different owner (left alone). */
  foreign: Record<RecordType, number>;
}

/**
 * Plans an import: checks the write rules of the file's kind (else invalid-contents, naming
 * the path), sets aside ids owned here by someone else (e.g. the coach's own records), and
 * merges the rest.
 */
export function planImport(
  payload: BundlePayload,
  lookup: ExistingLookup,
  device: WriteRuleDevice,
): ImportPlan {
  checkWriteRules(payload, device);
  const sender = payload.manifest.sender.profileId;
  const backup = payload.manifest.kind === 'backup';
  const foreign = {} as Record<RecordType, number>;
  const incoming = recordsPerType((type) => {
    const list = payload.records[type];
    const kept = list.filter((r) => {
      const held = lookup(type, r.id);
      // Only a record of the same owner is ever replaced (for a backup, whoever that is).
      return held === undefined || held.ownerId === (backup ? r.ownerId : sender);
    });
    foreign[type] = list.length - kept.length;
    return kept;
  });
  return { plan: planMerge(incoming, lookup), foreign };
}

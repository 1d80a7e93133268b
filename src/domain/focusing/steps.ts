// The guided focusing session as a sequence of stages: a check-in (distance and intensity
// before), Gendlin's six steps (domain §2), and a check-out (distance, felt shift, next step).
// Pure data and navigation; the words live in the focusing messages under these keys.
import {
  type Distance,
  type FocusingStep,
  focusingStep,
  type GuidedStage,
  guidedStage,
} from '../records/focusing';

/** The six steps, in order. */
export const focusingSteps: readonly FocusingStep[] = focusingStep.options;

export type { GuidedStage };

/** Every stage of a guided session, in order (stored as the record's `currentStep`). */
export const guidedStages: readonly GuidedStage[] = guidedStage.options;

/** The stage after `stage`, or undefined after the check-out. */
export function nextStage(stage: GuidedStage): GuidedStage | undefined {
  return guidedStages[guidedStages.indexOf(stage) + 1];
}

/** The stage before `stage`, or undefined before the check-in. */
export function previousStage(stage: GuidedStage): GuidedStage | undefined {
  const index = guidedStages.indexOf(stage);
  return index > 0 ? guidedStages[index - 1] : undefined;
}

/** Whether `value` names a stage (for restoring a stored draft safely). */
export function isGuidedStage(value: unknown): value is GuidedStage {
  return typeof value === 'string' && (guidedStages as readonly string[]).includes(value);
}

/** The message key of each stage's title. */
export const stageTitleKey = {
  'check-in': 'focusing.stage.check-in',
  'clearing-space': 'focusing.stage.clearing-space',
  'felt-sense': 'focusing.stage.felt-sense',
  handle: 'focusing.stage.handle',
  resonating: 'focusing.stage.resonating',
  asking: 'focusing.stage.asking',
  receiving: 'focusing.stage.receiving',
  'check-out': 'focusing.stage.check-out',
} as const satisfies Record<GuidedStage, string>;

/** The message key of each stage's short guidance. */
export const stageGuidanceKey = {
  'check-in': 'focusing.guidance.check-in',
  'clearing-space': 'focusing.guidance.clearing-space',
  'felt-sense': 'focusing.guidance.felt-sense',
  handle: 'focusing.guidance.handle',
  resonating: 'focusing.guidance.resonating',
  asking: 'focusing.guidance.asking',
  receiving: 'focusing.guidance.receiving',
  'check-out': 'focusing.guidance.check-out',
} as const satisfies Record<GuidedStage, string>;

/** The message key of the label of each distance. */
export const distanceLabelKey = {
  'too-close': 'focusing.distance.too-close',
  right: 'focusing.distance.right',
  'too-far': 'focusing.distance.too-far',
} as const satisfies Record<Distance, string>;

/** The message key of the guidance for each distance. */
export const distanceGuidanceKey = {
  'too-close': 'focusing.distance.too-close.guidance',
  right: 'focusing.distance.right.guidance',
  'too-far': 'focusing.distance.too-far.guidance',
} as const satisfies Record<Distance, string>;

/** The distances, from closest to farthest. */
export const distances: readonly Distance[] = ['too-close', 'right', 'too-far'];

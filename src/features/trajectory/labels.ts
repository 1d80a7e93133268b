// Literal maps from run-time values (phases, problems) to message keys, so every key stays
// findable in the source and the catalog test can check it.
import type { Phase } from '../../domain/records';
import type { PhaseProblem, ThemeFormProblem } from '../../domain/trajectory';
import type { trajectoryMessages } from './messages';

/** A message key of this feature. */
export type TrajectoryKey = keyof typeof trajectoryMessages.en;

/** The name of each phase. */
export const phaseName: Record<Phase, TrajectoryKey> = {
  attending: 'phase.attending',
  creating: 'phase.creating',
  anchoring: 'phase.anchoring',
};

/** The calm one-line explanation of each phase. */
export const phaseExplain: Record<Phase, TrajectoryKey> = {
  attending: 'phase.attending.explain',
  creating: 'phase.creating.explain',
  anchoring: 'phase.anchoring.explain',
};

/** The message for each phase-rule problem. */
export const phaseProblem: Record<PhaseProblem, TrajectoryKey> = {
  'same-phase': 'problem.same-phase',
  'date-invalid': 'problem.date-invalid',
  'date-future': 'problem.date-future',
  'date-before-previous': 'problem.date-before-previous',
  'date-after-next': 'problem.date-after-next',
  'note-too-long': 'problem.note-too-long',
  'last-entry': 'problem.last-entry',
  'repeats-neighbour': 'problem.repeats-neighbour',
  'no-entry': 'problem.no-entry',
};

/** The message for each theme-form problem. */
export const formProblem: Record<ThemeFormProblem, TrajectoryKey> = {
  'title-required': 'form.title-required',
  'title-too-long': 'form.title-too-long',
  'description-too-long': 'form.description-too-long',
  'too-many-goals': 'form.too-many-goals',
  'goal-too-long': 'form.goal-too-long',
  'too-many-action-points': 'form.too-many-action-points',
  'action-point-too-long': 'form.action-point-too-long',
  'start-day-invalid': 'form.start-day-invalid',
  'start-day-future': 'form.start-day-future',
};

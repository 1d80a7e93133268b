// Generators for each record type, each field filled as often and as long as clients fill it.
import type {
  AffectListRecord,
  AffectRatings,
  DiaryEntryRecord,
  FocusingSessionRecord,
  InvestigationRecord,
  Phase,
  ThemeRecord,
  ValuationRecord,
} from '../../src/domain/records';
import { defaultAffectList } from '../../src/domain/zkm/default-affect-list';
import type { Lang } from './corpus';
import { generatedHeader } from './header';
import type { Rng } from './random';
import { composeText, textOfLength } from './text';
import type { MomentSampler } from './time';

/** What every generator needs: randomness, the owner, the end of the span, the language mix. */
export interface GenContext {
  rng: Rng;
  ownerId: string;
  end: Date;
  moments: MomentSampler;
  /** Share of records written in Dutch (the rest in English). */
  dutchShare: number;
}

const phases: Phase[] = ['attending', 'creating', 'anchoring'];

function lang(ctx: GenContext): Lang {
  return ctx.rng.chance(ctx.dutchShare) ? 'nl' : 'en';
}

function ratings(rng: Rng, termIds: readonly string[], complete: boolean): AffectRatings {
  const result: AffectRatings = {};
  for (const id of termIds) {
    if (complete || rng.chance(0.8)) result[id] = rng.int(0, 5);
  }
  return result;
}

/** The client's affect list (a copy of the default 16-term list). */
export function generateAffectList(ctx: GenContext): AffectListRecord {
  const started = ctx.moments.moment();
  return {
    ...generatedHeader(ctx.rng, ctx.ownerId, started, ctx.end),
    ...structuredClone(defaultAffectList),
  };
}

/** A theme with a phase history, goals and action points. */
export function generateTheme(ctx: GenContext, valuationIds: string[]): ThemeRecord {
  const { rng } = ctx;
  const l = lang(ctx);
  const first = ctx.moments.moment();
  const historyLength = rng.int(1, 3);
  const phaseHistory = phases.slice(0, historyLength).map((phase, index) => ({
    phase,
    since: new Date(first.getTime() + index * 30 * 86_400_000).toISOString(),
  }));
  const header = generatedHeader(rng, ctx.ownerId, first, ctx.end);
  delete header.deletedAt;
  return {
    ...header,
    title: composeText(rng, l, 'theme', 1),
    description: rng.chance(0.6) ? textOfLength(rng, l, 'thinking', 160, 60) : undefined,
    valuationIds: rng.sample(valuationIds, rng.int(0, 3)),
    goals: Array.from({ length: rng.int(0, 3) }, () => textOfLength(rng, l, 'tried', 70, 20)),
    actionPoints: Array.from({ length: rng.int(0, 4) }, () => ({
      id: rng.uuid(),
      text: textOfLength(rng, l, 'tried', 60, 20),
      done: rng.chance(0.4),
    })),
    phase: phaseHistory.at(-1)?.phase ?? 'attending',
    phaseHistory,
  };
}

/** A diary entry: the situation always, the other fields as often as people fill them. */
export function generateDiaryEntry(
  ctx: GenContext,
  links: { themeIds: string[]; valuationIds: string[]; affectListId: string },
): DiaryEntryRecord {
  const { rng } = ctx;
  const l = lang(ctx);
  const occurred = ctx.moments.moment();
  const maybe = (p: number, make: () => string) => (rng.chance(p) ? make() : undefined);
  const phase = rng.chance(0.7) ? rng.weighted(phases, [5, 3, 1]) : undefined;
  const withAffect = rng.chance(0.1);
  const entry: DiaryEntryRecord = {
    ...generatedHeader(rng, ctx.ownerId, occurred, ctx.end),
    occurredAt: occurred.toISOString(),
    area: rng.chance(0.9) ? rng.weighted(['work', 'home', 'other'] as const, [5, 4, 1]) : undefined,
    situation: textOfLength(rng, l, 'situation', 180, 90),
    thinking: maybe(0.75, () => textOfLength(rng, l, 'thinking', 120, 60)),
    feelingWords: maybe(0.8, () => composeText(rng, l, 'feeling', rng.int(5, 40))),
    feelingIntensity: rng.chance(0.85) ? rng.normalInt(6, 2, 0, 10) : undefined,
    affectListId: withAffect ? links.affectListId : undefined,
    affectRatings: withAffect
      ? ratings(
          rng,
          defaultAffectList.terms.map((term) => term.id),
          false,
        )
      : undefined,
    acting: maybe(0.65, () => textOfLength(rng, l, 'acting', 110, 50)),
    consequence: maybe(0.5, () => textOfLength(rng, l, 'consequence', 100, 50)),
    themeStrength: rng.chance(0.5) ? rng.int(0, 10) : undefined,
    themeId: links.themeIds.length && rng.chance(0.5) ? rng.pick(links.themeIds) : undefined,
    valuationId:
      links.valuationIds.length && rng.chance(0.15) ? rng.pick(links.valuationIds) : undefined,
    phase,
    bodyNote: maybe(0.25, () => textOfLength(rng, l, 'body', 50, 20)),
    triedNew:
      phase === 'creating' ? maybe(0.6, () => textOfLength(rng, l, 'tried', 90, 30)) : undefined,
    triedNewOutcome:
      phase === 'creating'
        ? maybe(0.4, () => textOfLength(rng, l, 'consequence', 80, 30))
        : undefined,
  };
  return stripUndefined(entry);
}

/** A focusing session, mostly done, a few guided ones still in progress. */
export function generateFocusingSession(
  ctx: GenContext,
  links: { themeIds: string[]; diaryEntryIds: string[] },
): FocusingSessionRecord {
  const { rng } = ctx;
  const l = lang(ctx);
  const occurred = ctx.moments.moment();
  const mode = rng.chance(0.6) ? 'guided' : 'quick';
  const inProgress = mode === 'guided' && rng.chance(0.05);
  const distances = ['too-close', 'right', 'too-far'] as const;
  const before = rng.normalInt(6, 2, 0, 10);
  const shift = rng.chance(0.55);
  const session: FocusingSessionRecord = {
    ...generatedHeader(rng, ctx.ownerId, occurred, ctx.end),
    occurredAt: occurred.toISOString(),
    mode,
    status: inProgress ? 'in-progress' : 'done',
    currentStep: inProgress ? rng.pick(['felt-sense', 'handle', 'resonating'] as const) : undefined,
    durationMinutes: rng.normalInt(mode === 'guided' ? 25 : 10, 8, 2, 90),
    withCompanion: rng.chance(0.2),
    concernsSetAside: Array.from({ length: rng.int(0, 4) }, () =>
      composeText(rng, l, 'concern', 1),
    ),
    chosenConcern: rng.chance(0.8) ? composeText(rng, l, 'concern', 1) : undefined,
    bodyLocations: rng.sample(
      ['chest', 'stomach', 'throat', 'shoulders', 'head', 'belly'],
      rng.int(0, 2),
    ),
    qualities: rng.chance(0.5)
      ? stripUndefined({
          size: rng.chance(0.5) ? composeText(rng, l, 'handle', 1) : undefined,
          temperature: rng.chance(0.4) ? composeText(rng, l, 'handle', 1) : undefined,
        })
      : undefined,
    handle: rng.chance(0.7) ? composeText(rng, l, 'handle', 1) : undefined,
    handleResonated: rng.chance(0.7) ? rng.chance(0.7) : undefined,
    distanceStart: rng.chance(0.8) ? rng.pick(distances) : undefined,
    distanceEnd: rng.chance(0.7) ? rng.weighted(distances, [1, 4, 1]) : undefined,
    intensityBefore: before,
    intensityAfter: inProgress
      ? undefined
      : Math.max(0, before - (shift ? rng.int(1, 4) : rng.int(0, 1))),
    questions: Array.from({ length: rng.int(0, 3) }, () => ({
      question: composeText(rng, l, 'question', 1),
      answer: rng.chance(0.8) ? composeText(rng, l, 'answer', rng.int(10, 80)) : undefined,
    })).map(stripUndefined),
    receiving: rng.chance(0.5) ? textOfLength(rng, l, 'answer', 90, 40) : undefined,
    feltShift: inProgress ? undefined : shift,
    feltShiftDescription:
      shift && rng.chance(0.6) ? textOfLength(rng, l, 'answer', 80, 30) : undefined,
    nextStep: rng.chance(0.4) ? textOfLength(rng, l, 'tried', 70, 30) : undefined,
    diaryEntryIds: rng.chance(0.3) ? rng.sample(links.diaryEntryIds, rng.int(1, 2)) : [],
    themeId: links.themeIds.length && rng.chance(0.4) ? rng.pick(links.themeIds) : undefined,
  };
  return stripUndefined(session);
}

/** An investigation with its valuations, rated completely on the client's affect list. */
export function generateInvestigation(
  ctx: GenContext,
  options: {
    affectList: AffectListRecord;
    valuationCount: number;
    previous?: { investigation: InvestigationRecord; valuations: ValuationRecord[] } | undefined;
  },
): { investigation: InvestigationRecord; valuations: ValuationRecord[] } {
  const { rng } = ctx;
  const l = lang(ctx);
  const started = ctx.moments.moment();
  const termIds = options.affectList.terms.map((term) => term.id);
  const timeFrames = ['past', 'present', 'future'] as const;
  const header = generatedHeader(rng, ctx.ownerId, started, ctx.end);
  delete header.deletedAt;
  const previous = options.previous;
  const investigation: InvestigationRecord = stripUndefined({
    ...header,
    kind: previous ? 're' : 'first',
    previousInvestigationId: previous?.investigation.id,
    title: rng.chance(0.5) ? composeText(rng, l, 'theme', 1) : undefined,
    startedAt: started.toISOString(),
    completedAt: new Date(
      Math.min(started.getTime() + rng.int(1, 21) * 86_400_000, ctx.end.getTime()),
    ).toISOString(),
    questionVariant: rng.chance(0.7) ? 'career' : 'life',
    questions: timeFrames.map((timeFrame, index) => ({
      key: `q${index + 1}`,
      timeFrame,
      text: composeText(rng, l, 'question', 1),
    })),
    affectListId: options.affectList.id,
    affectList: {
      name: options.affectList.name,
      terms: options.affectList.terms,
      thresholds: options.affectList.thresholds,
    },
    generalFeeling: ratings(rng, termIds, true),
    idealFeeling: ratings(rng, termIds, true),
  });
  const valuations = Array.from({ length: options.valuationCount }, (_, order) => {
    const predecessor = previous?.valuations[order];
    const change = predecessor
      ? rng.weighted(['kept', 'modified', 'new'] as const, [3, 2, 1])
      : undefined;
    const valuation: ValuationRecord = stripUndefined({
      ...generatedHeader(rng, ctx.ownerId, started, ctx.end),
      deletedAt: undefined,
      investigationId: investigation.id,
      text: textOfLength(rng, l, 'valuation', 110, 40).slice(0, 2000),
      timeFrame: rng.pick(timeFrames),
      questionKey: `q${rng.int(1, 3)}`,
      order,
      ratings: ratings(rng, termIds, true),
      predecessorId: change && change !== 'new' ? predecessor?.id : undefined,
      change: previous ? change : undefined,
    });
    return valuation;
  });
  return { investigation, valuations };
}

/** Drops keys whose value is undefined, as a stored record has them (absent, not undefined). */
export function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

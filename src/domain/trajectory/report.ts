// The client's own report (domain §1): free text per prompt. The prompts are part of what is
// stored (the coach reads the question beside the answer), so they live here in both
// languages. A stored section is matched to a prompt by its text in either language; a
// section whose prompt is no longer offered is kept and shown as it was written.
// Two sections are special: the client's starting question (written on the trajectory page,
// stored first, so the report and the coach's view open with it) and "My story", a free
// account before the prompts. Both are sections like the others, so the bundle format and
// every reader of the own report stay as they were.
import type { OwnReportRecord } from '../records';
import { MAX_TEXT } from '../records';
import { isLive } from '../records/live';

/** One prompt of the own report, in both languages. */
export interface ReportPrompt {
  key: string;
  en: string;
  nl: string;
}

/** The prompts of the own report, in the order they are asked. */
export const REPORT_PROMPTS: readonly ReportPrompt[] = [
  {
    key: 'start',
    en: 'What brought you here? How were things when you started?',
    nl: 'Wat bracht je hier? Hoe ging het toen je begon?',
  },
  {
    key: 'discovered',
    en: 'What did you discover about your theme?',
    nl: 'Wat heb je ontdekt over je thema?',
  },
  {
    key: 'work',
    en: 'What changed at work?',
    nl: 'Wat is er veranderd op je werk?',
  },
  {
    key: 'home',
    en: 'What changed at home?',
    nl: 'Wat is er thuis veranderd?',
  },
  {
    key: 'helped',
    en: 'What helped you, and what was hard?',
    nl: 'Wat hielp je, en wat was moeilijk?',
  },
  {
    key: 'investigation',
    en: 'What did the self-investigation mean to you?',
    nl: 'Wat heeft het zelfonderzoek voor je betekend?',
  },
  {
    key: 'focusing',
    en: 'What did focusing mean to you?',
    nl: 'Wat heeft focussen voor je betekend?',
  },
  {
    key: 'takeAway',
    en: 'What do you take with you?',
    nl: 'Wat neem je mee?',
  },
];

/** The client's starting question, stored as the report's first section. */
export const QUESTION_PROMPT: ReportPrompt = {
  key: 'question',
  en: 'My question for this coaching',
  nl: 'Mijn vraag voor deze coaching',
};

/** The free section before the prompts, in the client's own words. */
export const STORY_PROMPT: ReportPrompt = {
  key: 'story',
  en: 'My story',
  nl: 'Mijn verhaal',
};

/** The longest starting question (characters): a question, not a story. */
export const MAX_QUESTION = 2000;

/** Whether a stored section answers `prompt` (written in either language). */
const isFor = (section: { prompt: string }, prompt: ReportPrompt) =>
  section.prompt === prompt.en || section.prompt === prompt.nl;

/** One stored section of an own report. */
export type ReportSection = OwnReportRecord['sections'][number];

/** The report's starting-question section, if the client wrote one. */
export function questionSection(
  report: Pick<OwnReportRecord, 'sections'> | undefined,
): ReportSection | undefined {
  return report?.sections.find((section) => isFor(section, QUESTION_PROMPT));
}

/** The text of the starting question ('' when none was written). */
export function questionOf(report: Pick<OwnReportRecord, 'sections'> | undefined): string {
  return questionSection(report)?.text ?? '';
}

/**
 * `sections` with the starting question set to `text` (trimmed) in `language`, first of all;
 * a blank text removes it. The other sections keep their order.
 */
export function withQuestion(
  sections: readonly ReportSection[],
  text: string,
  language: 'en' | 'nl',
): ReportSection[] {
  const others = sections.filter((section) => !isFor(section, QUESTION_PROMPT));
  const trimmed = text.trim();
  return trimmed === ''
    ? others
    : [{ prompt: QUESTION_PROMPT[language], text: trimmed }, ...others];
}

/** The report as the form holds it: text per prompt key, extra sections, privacy. */
export interface ReportForm {
  answers: Record<string, string>;
  /** Sections whose prompt is not (or no longer) one of REPORT_PROMPTS, kept as written. */
  extra: { prompt: string; text: string }[];
  private: boolean;
}

/** The form for a stored report (or an empty one). */
export function reportToForm(report: OwnReportRecord | undefined): ReportForm {
  const answers: Record<string, string> = {};
  const extra: ReportForm['extra'] = [];
  for (const section of report?.sections ?? []) {
    // The question is written on the trajectory page, not in this form.
    if (isFor(section, QUESTION_PROMPT)) continue;
    const prompt = [STORY_PROMPT, ...REPORT_PROMPTS].find((item) => isFor(section, item));
    if (prompt && answers[prompt.key] === undefined) answers[prompt.key] = section.text;
    else extra.push({ prompt: section.prompt, text: section.text });
  }
  return { answers, extra, private: report?.private === true };
}

/**
 * The sections to store: the stored report's starting question as it is (the form does not
 * hold it), then My story and every answered prompt in `language`, then the kept extra ones.
 */
export function formToSections(
  form: ReportForm,
  language: 'en' | 'nl',
  stored?: Pick<OwnReportRecord, 'sections'>,
): OwnReportRecord['sections'] {
  const question = questionSection(stored);
  const answered = [STORY_PROMPT, ...REPORT_PROMPTS]
    .filter((prompt) => (form.answers[prompt.key] ?? '').trim())
    .map((prompt) => ({
      prompt: prompt[language],
      text: (form.answers[prompt.key] ?? '').trim(),
    }));
  return [
    ...(question ? [question] : []),
    ...answered,
    ...form.extra.filter((section) => section.text.trim() !== ''),
  ];
}

/** Keys of the prompts (My story included) whose answer is longer than a record allows. */
export function tooLongAnswers(form: ReportForm): string[] {
  return [STORY_PROMPT, ...REPORT_PROMPTS]
    .filter((prompt) => (form.answers[prompt.key] ?? '').length > MAX_TEXT)
    .map((prompt) => prompt.key);
}

/** How many prompts have an answer. */
export function answeredCount(form: ReportForm): number {
  return REPORT_PROMPTS.filter((prompt) => (form.answers[prompt.key] ?? '').trim() !== '').length;
}

/**
 * Whether the client has begun writing the report: a prompt answered, My story or a kept
 * section written (the starting question alone, written at the start, is not a beginning).
 */
export function reportBegun(form: ReportForm): boolean {
  return (
    answeredCount(form) > 0 || (form.answers.story ?? '').trim() !== '' || form.extra.length > 0
  );
}

/** The client's one report: the most recently changed live report of `ownerId`. */
export function currentReport(
  reports: readonly OwnReportRecord[],
  ownerId: string,
): OwnReportRecord | undefined {
  return reports
    .filter((report) => report.ownerId === ownerId && isLive(report))
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))[0];
}

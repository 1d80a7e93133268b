// The client's own report (domain §1): free text per prompt. The prompts are part of what is
// stored (the coach reads the question beside the answer), so they live here in both
// languages. A stored section is matched to a prompt by its text in either language; a
// section whose prompt is no longer offered is kept and shown as it was written.
import type { OwnReportRecord } from '../records';
import { MAX_TEXT } from '../records';

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
    key: 'takeAway',
    en: 'What do you take with you?',
    nl: 'Wat neem je mee?',
  },
];

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
    const prompt = REPORT_PROMPTS.find(
      (item) => item.en === section.prompt || item.nl === section.prompt,
    );
    if (prompt && answers[prompt.key] === undefined) answers[prompt.key] = section.text;
    else extra.push({ prompt: section.prompt, text: section.text });
  }
  return { answers, extra, private: report?.private === true };
}

/** The sections to store: every answered prompt in `language`, then the kept extra ones. */
export function formToSections(
  form: ReportForm,
  language: 'en' | 'nl',
): OwnReportRecord['sections'] {
  const answered = REPORT_PROMPTS.filter((prompt) => (form.answers[prompt.key] ?? '').trim()).map(
    (prompt) => ({ prompt: prompt[language], text: (form.answers[prompt.key] ?? '').trim() }),
  );
  return [...answered, ...form.extra.filter((section) => section.text.trim() !== '')];
}

/** Keys of the prompts whose answer is longer than a record allows. */
export function tooLongAnswers(form: ReportForm): string[] {
  return REPORT_PROMPTS.filter((prompt) => (form.answers[prompt.key] ?? '').length > MAX_TEXT).map(
    (prompt) => prompt.key,
  );
}

/** How many prompts have an answer. */
export function answeredCount(form: ReportForm): number {
  return REPORT_PROMPTS.filter((prompt) => (form.answers[prompt.key] ?? '').trim() !== '').length;
}

/** The client's one report: the most recently changed live report of `ownerId`. */
export function currentReport(
  reports: readonly OwnReportRecord[],
  ownerId: string,
): OwnReportRecord | undefined {
  return reports
    .filter((report) => report.ownerId === ownerId && !report.deletedAt)
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))[0];
}

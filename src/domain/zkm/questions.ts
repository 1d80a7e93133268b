// The elicitation questions per time frame (domain §1), in both languages, with a career
// variant that adds questions about work to the life questions. An investigation stores its
// own copy of the wording, so a client or coach can rephrase them per investigation.
import type { ElicitationQuestion, TimeFrame } from '../records/zkm';

/** The wording family: about life in general, or about work (career coaching). */
export type QuestionVariant = 'life' | 'career';

/** The languages the questions are written in. */
export type QuestionLanguage = 'nl' | 'en';

/** The time frames in the order they are asked. */
export const TIME_FRAMES: readonly TimeFrame[] = ['past', 'present', 'future'];

type Wording = Record<QuestionLanguage, string>;

interface Question {
  key: string;
  timeFrame: TimeFrame;
  text: Wording;
}

// Project wording (domain §1), close to the method's original questions ("that still plays an
// important role", "or exerts a major influence on"): about the person's life as a whole.
const LIFE: readonly Question[] = [
  {
    key: 'past.1',
    timeFrame: 'past',
    text: {
      en: 'Was there something in your past that has been of great importance for your life and that still plays an important role?',
      nl: 'Is er in je verleden iets geweest dat van grote betekenis was voor je leven en dat nog steeds een belangrijke rol speelt?',
    },
  },
  {
    key: 'past.2',
    timeFrame: 'past',
    text: {
      en: 'Was there a person, experience or circumstance in your past that strongly influenced your life and still does?',
      nl: 'Is er in je verleden een persoon, ervaring of omstandigheid geweest die je leven sterk heeft beïnvloed en dat nog steeds doet?',
    },
  },
  {
    key: 'present.1',
    timeFrame: 'present',
    text: {
      en: 'Is there anything in your present life that is of great importance to you or that exerts a major influence on you?',
      nl: 'Is er in je huidige leven iets dat van groot belang voor je is of dat een grote invloed op je uitoefent?',
    },
  },
  {
    key: 'present.2',
    timeFrame: 'present',
    text: {
      en: 'Is there a person, experience or circumstance in your present life that strongly influences you?',
      nl: 'Is er in je huidige leven een persoon, ervaring of omstandigheid die je sterk beïnvloedt?',
    },
  },
  {
    key: 'future.1',
    timeFrame: 'future',
    text: {
      en: 'Do you foresee anything that will be of great importance for your future life?',
      nl: 'Voorzie je iets dat van grote betekenis zal zijn voor je toekomstige leven?',
    },
  },
  {
    key: 'future.2',
    timeFrame: 'future',
    text: {
      en: 'Do you expect a person, experience or circumstance to strongly influence your future life?',
      nl: 'Verwacht je dat een persoon, ervaring of omstandigheid je toekomstige leven sterk zal beïnvloeden?',
    },
  },
  {
    key: 'future.3',
    timeFrame: 'future',
    text: {
      en: 'Is there a goal that you expect to play an important role in your future life?',
      nl: 'Is er een doel waarvan je verwacht dat het een belangrijke rol gaat spelen in je toekomstige leven?',
    },
  },
];

// The career variant asks these as well, after the life questions of the same time frame:
// valuations about home belong in a career investigation too, so nothing is replaced.
const WORK: readonly Question[] = [
  {
    key: 'past.work.1',
    timeFrame: 'past',
    text: {
      en: 'Was there something in your working life so far (training, jobs, colleagues) that has been of great importance and that still plays an important role?',
      nl: 'Is er in je loopbaan tot nu toe (opleiding, banen, collega’s) iets geweest dat van grote betekenis was en dat nog steeds een belangrijke rol speelt?',
    },
  },
  {
    key: 'present.work.1',
    timeFrame: 'present',
    text: {
      en: 'Is there anything in your present work that is of great importance to you or that exerts a major influence on you?',
      nl: 'Is er in je huidige werk iets dat van groot belang voor je is of dat een grote invloed op je uitoefent?',
    },
  },
  {
    key: 'present.work.2',
    timeFrame: 'present',
    text: {
      en: 'Is there a person, experience or circumstance in your present work that strongly influences you?',
      nl: 'Is er in je huidige werk een persoon, ervaring of omstandigheid die je sterk beïnvloedt?',
    },
  },
  {
    key: 'future.work.1',
    timeFrame: 'future',
    text: {
      en: 'Do you foresee anything that will be of great importance for your future work or career?',
      nl: 'Voorzie je iets dat van grote betekenis zal zijn voor je toekomstige werk of loopbaan?',
    },
  },
  {
    key: 'future.work.2',
    timeFrame: 'future',
    text: {
      en: 'Is there a goal in your work that you expect to play an important role in your future?',
      nl: 'Is er een doel in je werk waarvan je verwacht dat het een belangrijke rol gaat spelen in je toekomst?',
    },
  },
];

/** The questions a variant asks: the life questions, and for a career the work ones too. */
function questionsOf(variant: QuestionVariant): Question[] {
  const all = variant === 'career' ? [...LIFE, ...WORK] : [...LIFE];
  // Time frame by time frame (a stable sort keeps life before work within a frame).
  return all.sort((a, b) => TIME_FRAMES.indexOf(a.timeFrame) - TIME_FRAMES.indexOf(b.timeFrame));
}

/** The default questions of `variant` in `language`, past first, each with its stable key. */
export function defaultQuestions(
  variant: QuestionVariant,
  language: QuestionLanguage,
): ElicitationQuestion[] {
  return questionsOf(variant).map((q) => ({
    key: q.key,
    timeFrame: q.timeFrame,
    text: q.text[language],
  }));
}

/** The default wording of one question, or undefined for a key the variant does not ask. */
export function defaultQuestionText(
  key: string,
  variant: QuestionVariant,
  language: QuestionLanguage,
): string | undefined {
  return questionsOf(variant).find((q) => q.key === key)?.text[language];
}

/** The questions of one time frame, in their stored order. */
export function questionsFor(
  questions: readonly ElicitationQuestion[],
  timeFrame: TimeFrame,
): ElicitationQuestion[] {
  return questions.filter((q) => q.timeFrame === timeFrame);
}

// The elicitation questions per time frame (domain §1), in both languages, with a career
// variant that asks about "your work" instead of "your life". An investigation stores its own
// copy of the wording, so a client or coach can rephrase them per investigation.
import type { ElicitationQuestion, TimeFrame } from '../records/zkm';

/** The wording family: about life in general, or about work (career coaching). */
export type QuestionVariant = 'life' | 'career';

/** The languages the questions are written in. */
export type QuestionLanguage = 'nl' | 'en';

/** The time frames in the order they are asked. */
export const TIME_FRAMES: readonly TimeFrame[] = ['past', 'present', 'future'];

type Wording = Record<QuestionLanguage, Record<QuestionVariant, string>>;

// Project wording (domain §1). The career variant keeps each question's structure and only
// narrows "life" to "work", as coaches do when the client's question is about work.
const WORDING: readonly { key: string; timeFrame: TimeFrame; text: Wording }[] = [
  {
    key: 'past.1',
    timeFrame: 'past',
    text: {
      en: {
        life: 'Was there something in your past that has been of great importance for your life and still plays a part now?',
        career:
          'Was there something in your past that has been of great importance for your work and still plays a part now?',
      },
      nl: {
        life: 'Is er in je verleden iets geweest dat van grote betekenis was voor je leven en nu nog steeds een rol speelt?',
        career:
          'Is er in je verleden iets geweest dat van grote betekenis was voor je werk en nu nog steeds een rol speelt?',
      },
    },
  },
  {
    key: 'past.2',
    timeFrame: 'past',
    text: {
      en: {
        life: 'Was there a person, experience or circumstance in your past that strongly influenced your life and still does?',
        career:
          'Was there a person, experience or circumstance in your past that strongly influenced your work and still does?',
      },
      nl: {
        life: 'Is er in je verleden een persoon, ervaring of omstandigheid geweest die je leven sterk heeft beïnvloed en dat nog steeds doet?',
        career:
          'Is er in je verleden een persoon, ervaring of omstandigheid geweest die je werk sterk heeft beïnvloed en dat nog steeds doet?',
      },
    },
  },
  {
    key: 'present.1',
    timeFrame: 'present',
    text: {
      en: {
        life: 'Is there anything in your present life that is of great importance to you or strongly influences you?',
        career:
          'Is there anything in your present work that is of great importance to you or strongly influences you?',
      },
      nl: {
        life: 'Is er in je huidige leven iets dat van groot belang voor je is of je sterk beïnvloedt?',
        career:
          'Is er in je huidige werk iets dat van groot belang voor je is of je sterk beïnvloedt?',
      },
    },
  },
  {
    key: 'present.2',
    timeFrame: 'present',
    text: {
      en: {
        life: 'Is there a person, experience or circumstance in your present life that strongly influences you?',
        career:
          'Is there a person, experience or circumstance in your present work that strongly influences you?',
      },
      nl: {
        life: 'Is er in je huidige leven een persoon, ervaring of omstandigheid die je sterk beïnvloedt?',
        career:
          'Is er in je huidige werk een persoon, ervaring of omstandigheid die je sterk beïnvloedt?',
      },
    },
  },
  {
    key: 'future.1',
    timeFrame: 'future',
    text: {
      en: {
        life: 'Do you foresee anything that will be of great importance for your future life?',
        career: 'Do you foresee anything that will be of great importance for your future work?',
      },
      nl: {
        life: 'Voorzie je iets dat van grote betekenis zal zijn voor je toekomstige leven?',
        career: 'Voorzie je iets dat van grote betekenis zal zijn voor je toekomstige werk?',
      },
    },
  },
  {
    key: 'future.2',
    timeFrame: 'future',
    text: {
      en: {
        life: 'Do you expect a person, experience or circumstance to strongly influence your future life?',
        career:
          'Do you expect a person, experience or circumstance to strongly influence your future work?',
      },
      nl: {
        life: 'Verwacht je dat een persoon, ervaring of omstandigheid je toekomstige leven sterk zal beïnvloeden?',
        career:
          'Verwacht je dat een persoon, ervaring of omstandigheid je toekomstige werk sterk zal beïnvloeden?',
      },
    },
  },
  {
    key: 'future.3',
    timeFrame: 'future',
    text: {
      en: {
        life: 'Is there a goal that you expect to play an important role in your future life?',
        career: 'Is there a goal that you expect to play an important role in your future work?',
      },
      nl: {
        life: 'Is er een doel waarvan je verwacht dat het een belangrijke rol gaat spelen in je toekomstige leven?',
        career:
          'Is er een doel waarvan je verwacht dat het een belangrijke rol gaat spelen in je toekomstige werk?',
      },
    },
  },
];

/** The default questions of `variant` in `language`, past first, each with its stable key. */
export function defaultQuestions(
  variant: QuestionVariant,
  language: QuestionLanguage,
): ElicitationQuestion[] {
  return WORDING.map((q) => ({
    key: q.key,
    timeFrame: q.timeFrame,
    text: q.text[language][variant],
  }));
}

/** The default wording of one question, or undefined for a key the project does not define. */
export function defaultQuestionText(
  key: string,
  variant: QuestionVariant,
  language: QuestionLanguage,
): string | undefined {
  return WORDING.find((q) => q.key === key)?.text[language][variant];
}

/** The questions of one time frame, in their stored order. */
export function questionsFor(
  questions: readonly ElicitationQuestion[],
  timeFrame: TimeFrame,
): ElicitationQuestion[] {
  return questions.filter((q) => q.timeFrame === timeFrame);
}

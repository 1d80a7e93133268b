// The example client's theme (his drive to prove himself, moved from attending to creating)
// and the first draft of his own report, with the later prompts still open.
import type { OwnReportRecord, ThemeRecord } from '../records';
import { QUESTION_PROMPT, REPORT_PROMPTS } from '../trajectory/report';
import { exampleHeader } from './header';
import { daysBefore, exampleId } from './ids';

/** The id of the example theme, for other parts of the example to link to. */
export const EXAMPLE_THEME_ID = exampleId(1);

/** The example themes. */
export function exampleThemes(ownerId: string, now: Date): ThemeRecord[] {
  const started = daysBefore(now, 63);
  return [
    {
      ...exampleHeader(ownerId, EXAMPLE_THEME_ID, started),
      updatedAt: daysBefore(now, 21),
      rev: 2,
      title: 'Mijn drang om mezelf te bewijzen',
      description:
        'Op het lab wil ik laten zien dat ik het allemaal aankan. Thuis merk ik dat ik dan onbereikbaar ben voor Marloes en de kinderen.',
      // From the first investigation: proving myself at the lab, asking for help as failing,
      // proving I can keep up after the burn-out (src/domain/example/zkm.ts).
      valuationIds: [exampleId(2013), exampleId(2017), exampleId(2020)],
      goals: [
        'Merken wanneer de drang om te presteren het overneemt',
        'Contact houden met wat ik voel, ook op het werk',
      ],
      actionPoints: [
        { id: exampleId(2), text: 'Elke werkdag één dagboekformulier', done: true },
        { id: exampleId(3), text: 'Een keer per week hulp vragen aan een collega', done: false },
      ],
      phase: 'creating',
      phaseHistory: [
        { phase: 'attending', since: started },
        {
          phase: 'creating',
          since: daysBefore(now, 21),
          note: 'Ik zie het patroon nu; tijd om iets nieuws te proberen.',
        },
      ],
    },
  ];
}

/** The id of the example own report. */
export const EXAMPLE_OWN_REPORT_ID = exampleId(4);

function promptText(key: string): string {
  return REPORT_PROMPTS.find((prompt) => prompt.key === key)?.nl ?? key;
}

/**
 * The example client's own report: a draft opening with the question he started coaching
 * with, and two prompts answered so far.
 */
export function exampleOwnReports(ownerId: string, now: Date): OwnReportRecord[] {
  const written = daysBefore(now, 5);
  return [
    {
      ...exampleHeader(ownerId, EXAMPLE_OWN_REPORT_ID, daysBefore(now, 9)),
      updatedAt: written,
      rev: 3,
      sections: [
        {
          prompt: QUESTION_PROMPT.nl,
          text: 'Hoe kan ik weer werk doen dat bij me past, zonder mezelf steeds te moeten bewijzen?',
        },
        {
          prompt: promptText('start'),
          text: 'Na mijn burn-out voelde het alsof mijn gevoelens al jaren ommuurd waren. Op het lab draaide ik door, thuis was ik er niet echt.',
        },
        {
          prompt: promptText('discovered'),
          text: 'Dat ik steeds wil bewijzen dat ik het aankan, en dat dit ten koste gaat van het contact met anderen. In de dagboekformulieren zag ik het patroon telkens terug.',
        },
      ],
    },
  ];
}

// The example client's theme: his drive to prove himself, moved from attending to creating.
import type { ThemeRecord } from '../records';
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
      valuationIds: [],
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

// The example client's focusing sessions: seven weeks in which he learns to find the right
// distance. Early sessions start and end "too close" (swallowed by the old pressure to
// perform); one goes "too far"; later ones end at the right distance, with felt shifts.
import type { FocusingSessionRecord, RecordOf } from '../records';
import { exampleHeader } from './header';
import { daysBefore, exampleId } from './ids';
import { EXAMPLE_THEME_ID } from './trajectory';

type Fields = Omit<FocusingSessionRecord, 'id' | 'ownerId' | 'createdAt' | 'updatedAt' | 'rev'>;

interface ExampleSession {
  daysAgo: number;
  fields: Partial<Fields>;
}

const sessions: ExampleSession[] = [
  {
    daysAgo: 48,
    fields: {
      mode: 'quick',
      withCompanion: true,
      durationMinutes: 40,
      concernsSetAside: ['Het project dat over twee weken af moet', 'Slecht slapen'],
      chosenConcern: 'Het gevoel dat ik tekortschiet op het lab',
      bodyLocations: ['chest', 'throat'],
      qualities: { size: 'groot', shape: 'een plaat', temperature: 'koud' },
      handle: 'een muur',
      handleResonated: false,
      distanceStart: 'too-close',
      distanceEnd: 'too-close',
      intensityBefore: 8,
      intensityAfter: 8,
      feltShift: false,
      nextStep: 'Met de coach bespreken hoe ik afstand kan nemen.',
    },
  },
  {
    daysAgo: 41,
    fields: {
      mode: 'guided',
      withCompanion: false,
      durationMinutes: 20,
      concernsSetAside: ['De beoordeling', 'Ruzie over de planning thuis'],
      chosenConcern: 'De beoordeling',
      bodyLocations: ['chest', 'stomach'],
      qualities: { size: 'alles', colour: 'grijs' },
      handle: 'zwaar',
      handleResonated: true,
      distanceStart: 'too-close',
      distanceEnd: 'too-close',
      intensityBefore: 7,
      intensityAfter: 7,
      questions: [{ question: 'Wat maakt het zo zwaar?', answer: 'Ik weet het niet.' }],
      feltShift: false,
    },
  },
  {
    daysAgo: 36,
    fields: {
      mode: 'guided',
      withCompanion: false,
      durationMinutes: 15,
      concernsSetAside: ['Mail van de teamleider'],
      chosenConcern: 'Mail van de teamleider',
      bodyLocations: ['head'],
      handle: 'niks',
      handleResonated: false,
      distanceStart: 'too-close',
      distanceEnd: 'too-far',
      intensityBefore: 6,
      intensityAfter: 3,
      feltShift: false,
      nextStep: 'Opgemerkt: ik schoot in mijn hoofd. Volgende keer naar mijn borst gaan.',
    },
  },
  {
    daysAgo: 29,
    fields: {
      mode: 'quick',
      withCompanion: true,
      durationMinutes: 45,
      concernsSetAside: ['De beoordeling', 'Vermoeidheid', 'Mijn vader'],
      chosenConcern: 'De beoordeling',
      bodyLocations: ['chest', 'shoulders'],
      qualities: { size: 'als een vuist', shape: 'strak', temperature: 'warm' },
      handle: 'een muur',
      handleResonated: true,
      distanceStart: 'too-close',
      distanceEnd: 'right',
      intensityBefore: 7,
      intensityAfter: 4,
      questions: [
        {
          question: 'Wat heeft die muur nodig?',
          answer: 'Dat ik hem zie, niet dat ik erdoorheen beuk.',
        },
      ],
      receiving: 'Iets in mij wil beschermd worden.',
      feltShift: true,
      feltShiftDescription: 'Een diepe zucht; mijn schouders zakten.',
      nextStep: 'Deze week één keer hulp vragen aan een collega.',
    },
  },
  {
    daysAgo: 24,
    fields: {
      mode: 'guided',
      withCompanion: false,
      durationMinutes: 20,
      concernsSetAside: ['Te veel werk', 'Verjaardag van Marloes vergeten'],
      chosenConcern: 'Te veel werk',
      bodyLocations: ['stomach'],
      handle: 'een knoop',
      handleResonated: true,
      distanceStart: 'too-close',
      distanceEnd: 'too-close',
      intensityBefore: 8,
      intensityAfter: 7,
      feltShift: false,
      receiving: 'Het was te veel vandaag; dat mag er ook zijn.',
    },
  },
  {
    daysAgo: 17,
    fields: {
      mode: 'guided',
      withCompanion: false,
      durationMinutes: 25,
      concernsSetAside: ['Presentatie op maandag'],
      chosenConcern: 'Presentatie op maandag',
      bodyLocations: ['chest', 'throat'],
      qualities: { size: 'klein', shape: 'rond', colour: 'donkerblauw' },
      handle: 'een muur met een deur',
      handleResonated: true,
      distanceStart: 'right',
      distanceEnd: 'right',
      intensityBefore: 5,
      intensityAfter: 3,
      questions: [{ question: 'Wat is er nodig?', answer: 'Even stilstaan voor ik begin.' }],
      receiving: 'Ik hoef het niet alleen te bewijzen.',
      feltShift: true,
      feltShiftDescription: 'Mijn adem werd dieper.',
      nextStep: 'Voor de presentatie vijf minuten naar buiten.',
    },
  },
  {
    daysAgo: 10,
    fields: {
      mode: 'guided',
      withCompanion: false,
      durationMinutes: 30,
      concernsSetAside: ['Gesprek met de teamleider', 'Sporten'],
      chosenConcern: 'Gesprek met de teamleider',
      bodyLocations: ['stomach', 'belly'],
      qualities: { temperature: 'warm', other: 'trillend' },
      handle: 'gespannen verwachting',
      handleResonated: true,
      distanceStart: 'too-close',
      distanceEnd: 'right',
      intensityBefore: 6,
      intensityAfter: 3,
      questions: [
        { question: 'Wat maakt het zo gespannen?', answer: 'Ik wil gezien worden, niet getest.' },
      ],
      receiving: 'Dat wil ik echt.',
      feltShift: true,
      feltShiftDescription: 'Een zucht, en de woorden "gezien worden" kwamen vanzelf.',
      nextStep: 'In het gesprek zeggen wat ik nodig heb.',
    },
  },
  {
    daysAgo: 3,
    fields: {
      mode: 'guided',
      withCompanion: false,
      durationMinutes: 20,
      concernsSetAside: ['Weekendplanning'],
      chosenConcern: 'Na het gesprek met de teamleider',
      bodyLocations: ['chest'],
      qualities: { size: 'licht', shape: 'open' },
      handle: 'ruimte',
      handleResonated: true,
      distanceStart: 'right',
      distanceEnd: 'right',
      intensityBefore: 4,
      intensityAfter: 2,
      receiving: 'Iets in mij is opgelucht.',
      feltShift: true,
      feltShiftDescription: 'Een warme golf door mijn borst.',
      nextStep: 'Marloes vertellen hoe het ging.',
    },
  },
];

/** The id of example focusing session number `n` (1-based). */
export const exampleFocusingId = (n: number) => exampleId(3000 + n);

/** The example focusing records. */
export function exampleFocusing(
  ownerId: string,
  now: Date,
): Partial<{
  [T in 'diaryEntries' | 'investigations' | 'valuations' | 'focusingSessions']: RecordOf<T>[];
}> {
  return {
    focusingSessions: sessions.map(({ daysAgo, fields }, index) => {
      const at = daysBefore(now, daysAgo, 2);
      return {
        ...exampleHeader(ownerId, exampleFocusingId(index + 1), at),
        occurredAt: at,
        mode: 'guided',
        status: 'done',
        concernsSetAside: [],
        bodyLocations: [],
        questions: [],
        diaryEntryIds: [],
        themeId: EXAMPLE_THEME_ID,
        ...fields,
      };
    }),
  };
}

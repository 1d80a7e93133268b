// The example client's ZKM self-investigations: a first one (twelve valuations in Dutch in
// which the Z-motive, self-enhancement, dominates) and a re-investigation months later that
// shows change: some valuations kept, some reworded, one dropped, one new.
import type {
  AffectRatings,
  DiscussionRecord,
  InvestigationRecord,
  ValuationRecord,
} from '../records';
import type { TimeFrame } from '../records/zkm';
import { DEFAULT_AFFECT_LIST_ID, defaultAffectList } from '../zkm/default-affect-list';
import { defaultQuestions } from '../zkm/questions';
import { exampleHeader } from './header';
import { daysBefore, exampleId } from './ids';
import { EXAMPLE_THEME_ID } from './trajectory';

/** The id of the example's first investigation. */
export const EXAMPLE_FIRST_INVESTIGATION_ID = exampleId(2001);
/** The id of the example's re-investigation. */
export const EXAMPLE_REINVESTIGATION_ID = exampleId(2002);

type Four = readonly [number, number, number, number];

// Ratings per index, each in the order its terms appear in the default list:
// P joy, happiness, enjoyment, inner calm; S self-esteem, strength, self-confidence, pride;
// O caring, tenderness, love, intimacy; N worry, unhappiness, despondency, disappointment.
function rate(p: Four, s: Four, o: Four, n: Four): AffectRatings {
  const byIndex = { P: [...p], S: [...s], O: [...o], N: [...n] };
  const ratings: AffectRatings = {};
  for (const term of defaultAffectList.terms) ratings[term.id] = byIndex[term.index].shift() ?? 0;
  return ratings;
}

interface ExampleValuation {
  n: number;
  text: string;
  timeFrame: TimeFrame;
  questionKey: string;
  ratings: AffectRatings;
  predecessor?: number;
  change?: 'kept' | 'modified' | 'new';
}

const FIRST: readonly ExampleValuation[] = [
  {
    n: 11,
    timeFrame: 'past',
    questionKey: 'past.2',
    text: 'Mijn vader was nooit tevreden, hoe goed mijn cijfers ook waren.',
    ratings: rate([0, 0, 0, 0], [2, 3, 2, 2], [0, 0, 1, 0], [4, 4, 3, 4]),
  },
  {
    n: 12,
    timeFrame: 'past',
    questionKey: 'past.1',
    text: 'Toen ik als enige van mijn jaar de analistenopleiding met lof afrondde, wist ik dat ik iets kon.',
    ratings: rate([4, 3, 3, 2], [5, 4, 4, 5], [1, 0, 1, 0], [1, 0, 0, 0]),
  },
  {
    n: 13,
    timeFrame: 'present',
    questionKey: 'present.1',
    text: 'Op het lab wil ik laten zien dat ik alles aankan, ook als het te veel is.',
    ratings: rate([1, 0, 1, 0], [3, 4, 3, 3], [0, 0, 0, 0], [4, 3, 3, 3]),
  },
  {
    n: 14,
    timeFrame: 'present',
    questionKey: 'present.2',
    text: 'Sinds mijn burn-out vertrouw ik mijn eigen lichaam niet meer.',
    ratings: rate([0, 0, 0, 0], [1, 1, 0, 0], [1, 0, 0, 0], [5, 4, 4, 4]),
  },
  {
    n: 15,
    timeFrame: 'present',
    questionKey: 'present.2',
    text: 'Als Marloes vraagt hoe het met me gaat, klap ik dicht.',
    ratings: rate([0, 0, 0, 0], [1, 1, 0, 0], [3, 2, 4, 2], [3, 4, 3, 4]),
  },
  {
    n: 16,
    timeFrame: 'present',
    questionKey: 'present.2',
    text: 'Mijn teamleider geeft me steeds de moeilijkste analyses; dat voelt als erkenning.',
    ratings: rate([3, 2, 2, 1], [4, 4, 4, 5], [1, 0, 0, 0], [2, 1, 1, 1]),
  },
  {
    n: 17,
    timeFrame: 'present',
    questionKey: 'present.1',
    text: 'Hulp vragen aan een collega voelt als falen.',
    ratings: rate([0, 0, 0, 0], [1, 2, 1, 1], [0, 0, 0, 0], [4, 3, 3, 5]),
  },
  {
    n: 18,
    timeFrame: 'present',
    questionKey: 'present.1',
    text: 'Met de kinderen in het bos wandelen is het moment waarop ik even niets hoef.',
    ratings: rate([4, 4, 4, 4], [2, 2, 2, 2], [3, 3, 4, 2], [0, 0, 0, 0]),
  },
  {
    n: 19,
    timeFrame: 'present',
    questionKey: 'present.1',
    text: 'Hardlopen op zondagochtend: dan voel ik mijn kracht terug.',
    ratings: rate([4, 3, 4, 3], [4, 5, 4, 4], [0, 0, 0, 0], [0, 0, 0, 0]),
  },
  {
    n: 20,
    timeFrame: 'future',
    questionKey: 'future.3',
    text: 'Ik wil bewijzen dat ik na de burn-out weer volledig kan meedraaien.',
    ratings: rate([1, 1, 0, 0], [3, 4, 4, 4], [0, 0, 0, 0], [3, 2, 3, 2]),
  },
  {
    n: 21,
    timeFrame: 'future',
    questionKey: 'future.1',
    text: 'Ik hoop een baan te vinden waarin ik niet steeds hoef te presteren.',
    ratings: rate([2, 2, 1, 2], [2, 2, 1, 1], [1, 1, 1, 1], [2, 2, 2, 2]),
  },
  {
    n: 22,
    timeFrame: 'future',
    questionKey: 'future.3',
    text: 'Ik wil weer echt contact hebben met Marloes, zonder dat het werk ertussen zit.',
    ratings: rate([2, 2, 2, 1], [1, 1, 1, 1], [4, 4, 5, 4], [3, 2, 2, 3]),
  },
];

// n 20 ("bewijzen dat ik weer volledig kan meedraaien") is dropped in the re-investigation.
const SECOND: readonly ExampleValuation[] = [
  {
    n: 31,
    predecessor: 11,
    change: 'kept',
    timeFrame: 'past',
    questionKey: 'past.2',
    text: 'Mijn vader was nooit tevreden, hoe goed mijn cijfers ook waren.',
    ratings: rate([1, 0, 1, 1], [2, 2, 2, 2], [1, 1, 1, 0], [2, 3, 2, 3]),
  },
  {
    n: 32,
    predecessor: 12,
    change: 'kept',
    timeFrame: 'past',
    questionKey: 'past.1',
    text: 'Toen ik als enige van mijn jaar de analistenopleiding met lof afrondde, wist ik dat ik iets kon.',
    ratings: rate([4, 3, 3, 3], [4, 4, 4, 4], [1, 1, 1, 0], [0, 0, 0, 0]),
  },
  {
    n: 33,
    predecessor: 13,
    change: 'modified',
    timeFrame: 'present',
    questionKey: 'present.1',
    text: 'Op het lab merk ik wanneer ik mezelf wil bewijzen, en dan kan ik soms een stap terug doen.',
    ratings: rate([2, 2, 2, 2], [3, 3, 3, 3], [1, 1, 1, 1], [2, 1, 1, 1]),
  },
  {
    n: 34,
    predecessor: 14,
    change: 'modified',
    timeFrame: 'present',
    questionKey: 'present.2',
    text: 'Ik leer weer te luisteren naar wat mijn lichaam aangeeft.',
    ratings: rate([3, 2, 2, 3], [2, 3, 2, 2], [2, 1, 1, 1], [2, 1, 1, 1]),
  },
  {
    n: 35,
    predecessor: 15,
    change: 'modified',
    timeFrame: 'present',
    questionKey: 'present.2',
    text: 'Als Marloes vraagt hoe het met me gaat, probeer ik te zeggen wat ik voel.',
    ratings: rate([3, 2, 2, 2], [2, 2, 2, 1], [4, 3, 4, 3], [2, 1, 1, 2]),
  },
  {
    n: 36,
    predecessor: 16,
    change: 'kept',
    timeFrame: 'present',
    questionKey: 'present.2',
    text: 'Mijn teamleider geeft me steeds de moeilijkste analyses; dat voelt als erkenning.',
    ratings: rate([2, 2, 2, 1], [3, 3, 3, 3], [1, 0, 1, 0], [2, 2, 1, 2]),
  },
  {
    n: 37,
    predecessor: 17,
    change: 'modified',
    timeFrame: 'present',
    questionKey: 'present.1',
    text: 'Hulp vragen aan een collega is spannend, maar het lukt steeds vaker.',
    ratings: rate([2, 2, 2, 1], [3, 2, 3, 2], [3, 2, 2, 2], [2, 1, 1, 1]),
  },
  {
    n: 38,
    predecessor: 18,
    change: 'kept',
    timeFrame: 'present',
    questionKey: 'present.1',
    text: 'Met de kinderen in het bos wandelen is het moment waarop ik even niets hoef.',
    ratings: rate([5, 4, 5, 4], [2, 2, 2, 2], [4, 4, 5, 3], [0, 0, 0, 0]),
  },
  {
    n: 39,
    predecessor: 19,
    change: 'kept',
    timeFrame: 'present',
    questionKey: 'present.1',
    text: 'Hardlopen op zondagochtend: dan voel ik mijn kracht terug.',
    ratings: rate([4, 4, 4, 4], [4, 4, 4, 3], [1, 0, 0, 0], [0, 0, 0, 0]),
  },
  {
    n: 40,
    predecessor: 21,
    change: 'kept',
    timeFrame: 'future',
    questionKey: 'future.1',
    text: 'Ik hoop een baan te vinden waarin ik niet steeds hoef te presteren.',
    ratings: rate([3, 2, 2, 2], [2, 2, 2, 2], [2, 1, 2, 1], [1, 1, 1, 2]),
  },
  {
    n: 41,
    predecessor: 22,
    change: 'kept',
    timeFrame: 'future',
    questionKey: 'future.3',
    text: 'Ik wil weer echt contact hebben met Marloes, zonder dat het werk ertussen zit.',
    ratings: rate([3, 3, 3, 3], [2, 2, 2, 1], [5, 4, 5, 4], [1, 1, 0, 1]),
  },
  {
    n: 42,
    change: 'new',
    timeFrame: 'present',
    questionKey: 'present.2',
    text: 'Eén keer per week vraag ik een collega om mee te denken, en dat voelt als samenwerken.',
    ratings: rate([3, 3, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [1, 0, 0, 1]),
  },
];

function valuations(
  ownerId: string,
  investigationId: string,
  createdAt: string,
  items: readonly ExampleValuation[],
): ValuationRecord[] {
  return items.map((item, order) => ({
    ...exampleHeader(ownerId, exampleId(2000 + item.n), createdAt),
    investigationId,
    text: item.text,
    timeFrame: item.timeFrame,
    questionKey: item.questionKey,
    order,
    ratings: item.ratings,
    ...(item.predecessor === undefined
      ? {}
      : { predecessorId: exampleId(2000 + item.predecessor) }),
    ...(item.change === undefined ? {} : { change: item.change }),
  }));
}

/**
 * His discussion of the first investigation's results, a week after finishing it: the proving
 * valuations fit and are key, the father's one he is not sure of yet; the thread he wrote
 * became the theme of his change process.
 */
function firstDiscussion(ownerId: string, now: Date): DiscussionRecord {
  return {
    ...exampleHeader(ownerId, exampleId(2100), daysBefore(now, 130)),
    updatedAt: daysBefore(now, 63),
    rev: 3,
    investigationId: EXAMPLE_FIRST_INVESTIGATION_ID,
    valuations: [
      {
        valuationId: exampleId(2011),
        fit: 'notSure',
        note: 'Ik dacht dat dit voorbij was, maar de cijfers zeggen iets anders. Daar wil ik het met mijn coach over hebben.',
      },
      {
        valuationId: exampleId(2013),
        fit: 'fits',
        note: 'Dit ben ik op het lab, precies zo.',
        key: true,
      },
      {
        valuationId: exampleId(2015),
        fit: 'fits',
        note: 'Dichtklappen: dat herken ik, ook al wil ik het niet.',
      },
      {
        valuationId: exampleId(2017),
        fit: 'doesNotFit',
        note: 'De uitslag zegt verzet, maar het voelt eerder als machteloos. Het type klopt niet, het gevoel wel.',
        key: true,
      },
      { valuationId: exampleId(2018), fit: 'fits', note: 'Hier is rust. Meer daarvan.' },
      { valuationId: exampleId(2020), fit: 'fits', key: true },
    ],
    thread:
      'Overal moet ik laten zien dat ik het kan: voor mijn vader, op het lab, na de burn-out. Wat ik voel zet ik opzij, en daarmee ook Marloes.',
    themes: [
      { id: exampleId(2101), text: 'Mijn drang om mezelf te bewijzen', themeId: EXAMPLE_THEME_ID },
      { id: exampleId(2102), text: 'Weer contact met Marloes' },
    ],
  };
}

/** The example's two investigations with their valuations, dates relative to `now`. */
export function exampleZkm(
  ownerId: string,
  now: Date,
): {
  investigations: InvestigationRecord[];
  valuations: ValuationRecord[];
  discussions: DiscussionRecord[];
} {
  const firstStarted = daysBefore(now, 140);
  const secondStarted = daysBefore(now, 14);
  const base = {
    questionVariant: 'career' as const,
    questions: defaultQuestions('career', 'nl'),
    affectListId: DEFAULT_AFFECT_LIST_ID,
    affectList: defaultAffectList,
  };
  const first: InvestigationRecord = {
    ...exampleHeader(ownerId, EXAMPLE_FIRST_INVESTIGATION_ID, firstStarted),
    ...base,
    kind: 'first',
    title: 'Eerste zelfonderzoek',
    startedAt: firstStarted,
    completedAt: daysBefore(now, 133),
    generalFeeling: rate([1, 1, 1, 0], [2, 3, 2, 3], [1, 1, 1, 0], [4, 3, 3, 4]),
    idealFeeling: rate([4, 5, 4, 5], [4, 4, 4, 4], [4, 4, 5, 4], [0, 0, 0, 0]),
  };
  const second: InvestigationRecord = {
    ...exampleHeader(ownerId, EXAMPLE_REINVESTIGATION_ID, secondStarted),
    ...base,
    kind: 're',
    previousInvestigationId: EXAMPLE_FIRST_INVESTIGATION_ID,
    title: 'Herhalingsonderzoek',
    startedAt: secondStarted,
    completedAt: daysBefore(now, 10),
    generalFeeling: rate([2, 3, 2, 2], [3, 3, 3, 3], [3, 2, 3, 2], [2, 2, 1, 2]),
    idealFeeling: rate([4, 5, 4, 5], [4, 4, 3, 4], [4, 4, 5, 4], [0, 0, 0, 0]),
    droppedValuationIds: [exampleId(2020)],
  };
  return {
    investigations: [first, second],
    valuations: [
      ...valuations(ownerId, first.id, firstStarted, FIRST),
      ...valuations(ownerId, second.id, secondStarted, SECOND),
    ],
    discussions: [firstDiscussion(ownerId, now)],
  };
}

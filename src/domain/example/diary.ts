// The example client's diary: six weeks of diary forms at home and at work, linked to his
// theme (the drive to prove himself), first in the attending phase and, since the theme
// moved on three weeks ago, in the creating phase with what he tried that was new.
import type { DiaryEntryRecord, RecordOf } from '../records';
import { DEFAULT_AFFECT_LIST_ID } from '../zkm/default-affect-list';
import { exampleHeader } from './header';
import { daysBefore, exampleId } from './ids';
import { EXAMPLE_THEME_ID } from './trajectory';

type Content = Omit<
  DiaryEntryRecord,
  'id' | 'ownerId' | 'createdAt' | 'updatedAt' | 'rev' | 'occurredAt' | 'themeId' | 'example'
>;

/** One example entry: days and hours before now, and its content. */
type ExampleEntry = [days: number, hours: number, content: Content];

const entries: ExampleEntry[] = [
  [
    41,
    6,
    {
      area: 'work',
      phase: 'attending',
      situation:
        'Werkoverleg op het lab, 9 uur. Mijn leidinggevende vraagt wie de extra validatie wil doen. Ik steek meteen mijn hand op.',
      thinking: 'Als ik het niet doe, denken ze dat ik het niet meer aankan.',
      feelingWords: 'Opgejaagd, een beetje trots',
      feelingIntensity: 6,
      acting: 'Ik zei ja, terwijl mijn planning al vol zat.',
      consequence: 'Tot half zeven gewerkt. Thuis niets meer gezegd.',
      interplay:
        'De gedachte dat ze me anders niet meer capabel vinden, joeg me op; daardoor zei ik ja voordat ik had gekeken wat ik nog kon hebben.',
      themeStrength: 8,
      bodyNote: 'Strakke band om mijn borst, schouders omhoog.',
    },
  ],
  [
    39,
    2,
    {
      area: 'home',
      phase: 'attending',
      situation:
        'Avondeten. Marloes vertelt over haar dag; Sanne (9) wil iets laten zien. Ik kijk op mijn telefoon naar de resultaten van de run.',
      thinking: 'Ik moet even checken of alles goed gaat, anders kan ik niet ontspannen.',
      feelingWords: 'Onrustig, afwezig',
      feelingIntensity: 5,
      acting: 'Ik knikte maar luisterde niet echt.',
      consequence: 'Sanne liep weg. Marloes zei: "Je bent er weer niet."',
      themeStrength: 7,
    },
  ],
  [
    37,
    5,
    {
      area: 'work',
      phase: 'attending',
      situation:
        'Een collega vraagt of ik haar kan helpen met de chromatografie-instellingen. Ik heb zelf een deadline.',
      thinking: 'Nee zeggen is zwak. Ik kan het allebei.',
      feelingWords: 'Gespannen, geïrriteerd',
      feelingIntensity: 6,
      acting: 'Ik hielp haar en werkte mijn lunch door.',
      consequence: 'Hoofdpijn aan het eind van de middag.',
      themeStrength: 7,
      bodyNote: 'Kaken op elkaar, hoofdpijn achter de ogen.',
    },
  ],
  [
    34,
    3,
    {
      area: 'home',
      phase: 'attending',
      situation:
        'Zaterdagochtend, de tuin. Ik wilde eigenlijk niets doen, maar ging de schuur opruimen.',
      thinking: 'Stilzitten voelt als tijd verspillen.',
      feelingWords: 'Leeg',
      feelingIntensity: 3,
      acting: 'Drie uur doorgewerkt zonder pauze.',
      consequence: 'Moe en een beetje somber de rest van de dag.',
      themeStrength: 5,
    },
  ],
  [
    32,
    7,
    {
      area: 'work',
      phase: 'attending',
      situation:
        'Mijn rapport kwam terug met drie opmerkingen van de kwaliteitsmanager. Hij zei erbij dat het verder goed was.',
      thinking: 'Ik had het foutloos moeten doen. Straks twijfelen ze aan me.',
      feelingWords: 'Teleurgesteld in mezelf, schaamte',
      feelingIntensity: 8,
      acting: 'Ik heb het hele rapport opnieuw gecontroleerd, tot laat.',
      consequence: 'Geen nieuwe fouten gevonden. Wel uitgeput.',
      themeStrength: 9,
      bodyNote: 'Zwaar gevoel in mijn maag.',
      // Rated on every term and linked to the valuation it echoes ("Op het lab wil ik laten
      // zien dat ik alles aankan", valuation 13 of the first investigation), so the entry shows
      // its r with that valuation and with the general and ideal feeling.
      valuationId: exampleId(2013),
      affectListId: DEFAULT_AFFECT_LIST_ID,
      affectRatings: {
        joy: 0,
        'self-esteem': 1,
        happiness: 0,
        worry: 4,
        strength: 2,
        enjoyment: 0,
        caring: 1,
        unhappiness: 3,
        tenderness: 0,
        'self-confidence': 1,
        love: 1,
        despondency: 3,
        intimacy: 0,
        disappointment: 5,
        pride: 0,
        'inner-calm': 0,
      },
    },
  ],
  [
    29,
    2,
    {
      area: 'home',
      phase: 'attending',
      situation: 'Marloes vraagt of ik zondag mee ga naar haar ouders. Ik zeg dat ik moet werken.',
      thinking: 'Ik kan het me niet veroorloven achter te lopen.',
      feelingWords: 'Schuldig',
      feelingIntensity: 6,
      acting: 'Ik bleef thuis en werkte twee uur. De rest van de tijd hing ik op de bank.',
      themeStrength: 6,
    },
  ],
  [
    27,
    6,
    {
      area: 'work',
      phase: 'attending',
      situation: 'Vrijdagmiddagborrel op het lab. Iedereen praat; ik sta bij de koffieautomaat.',
      thinking: 'Ik heb niets te vertellen behalve werk.',
      feelingWords: 'Eenzaam, afgesloten',
      feelingIntensity: 5,
      acting: 'Na tien minuten ben ik weggegaan.',
      consequence: 'In de trein voelde ik opluchting en ook verdriet.',
      themeStrength: 6,
      bodyNote: 'Keel dicht, alsof er een muur in mijn borst zit.',
    },
  ],
  [
    24,
    4,
    {
      area: 'other',
      phase: 'attending',
      situation: 'Bij de huisarts voor de controle. Ze vraagt hoe het echt gaat.',
      thinking: 'Ik moet zeggen dat het goed gaat.',
      feelingWords: 'Ontroerd, verrast',
      feelingIntensity: 7,
      acting: 'Ik zei dat het eigenlijk niet goed gaat. Mijn stem brak.',
      consequence: 'Ze nam de tijd. Ik voelde me gezien.',
      themeStrength: 5,
    },
  ],
  [
    20,
    5,
    {
      area: 'work',
      phase: 'creating',
      situation:
        'Weer een vraag in het werkoverleg wie de extra metingen doet. Ik voel mijn hand al omhoog willen.',
      thinking: 'Wacht even. Wat heb ik deze week al op mijn bord?',
      feelingWords: 'Spanning, daarna rust',
      feelingIntensity: 5,
      acting: 'Ik zei: "Deze week niet, volgende week kan ik wel."',
      consequence: 'Niemand reageerde vreemd. Een collega pakte het op.',
      themeStrength: 6,
      triedNew: 'Niet meteen ja zeggen; eerst mijn planning bekijken.',
      triedNewOutcome: 'Het ging beter dan verwacht. Mijn hart bonsde wel.',
    },
  ],
  [
    18,
    2,
    {
      area: 'home',
      phase: 'creating',
      situation: 'Avondeten. Mijn telefoon trilt; een bericht van het lab.',
      thinking: 'Dat kan tot morgen wachten.',
      feelingWords: 'Onrustig, toen aanwezig',
      feelingIntensity: 4,
      acting: 'Telefoon in de gang gelegd en naar Sanne geluisterd over haar spreekbeurt.',
      consequence: 'Ze vroeg of ik wil oefenen. We hebben samen gelachen.',
      themeStrength: 5,
      triedNew: 'Telefoon weg tijdens het eten.',
      triedNewOutcome: 'Moeilijk de eerste minuten, daarna fijn.',
      bodyNote: 'Schouders zakten na een paar minuten.',
    },
  ],
  [
    16,
    6,
    {
      area: 'work',
      phase: 'creating',
      situation:
        'Ik loop vast met een afwijkende kalibratie. Normaal zoek ik het zelf uit tot laat.',
      thinking: 'Vragen is geen falen. Ruud weet hier veel van.',
      feelingWords: 'Kwetsbaar, opgelucht',
      feelingIntensity: 6,
      acting: 'Ik heb Ruud om hulp gevraagd.',
      consequence: 'Binnen twintig minuten opgelost. Hij bedankte me voor de vraag.',
      themeStrength: 6,
      triedNew: 'Hulp vragen aan een collega.',
      triedNewOutcome: 'Ongemakkelijk om te vragen, maar het leverde contact op.',
    },
  ],
  [
    13,
    3,
    {
      area: 'home',
      phase: 'creating',
      situation: 'Zondag. Marloes stelt voor te gaan wandelen in het bos.',
      thinking: 'Er ligt nog werk, maar dit is ook belangrijk.',
      feelingWords: 'Rustig, verbonden',
      feelingIntensity: 3,
      acting: 'We gingen twee uur wandelen. Laptop bleef dicht.',
      consequence: 'Goed gesprek over de zomer.',
      themeStrength: 3,
      triedNew: 'Een vrije dag echt vrij houden.',
      triedNewOutcome: 'Het voelde na afloop als tijd die klopte.',
      affectListId: DEFAULT_AFFECT_LIST_ID,
      affectRatings: {
        joy: 4,
        happiness: 3,
        enjoyment: 4,
        love: 4,
        intimacy: 3,
        worry: 1,
        'inner-calm': 4,
      },
    },
  ],
  [
    11,
    7,
    {
      area: 'work',
      phase: 'creating',
      situation:
        'De afdelingsmanager vraagt of ik een extra project wil trekken. Applaus in de vergadering.',
      thinking: 'Dit is erkenning. Maar kan ik dit erbij hebben?',
      feelingWords: 'Gevleid en bang',
      feelingIntensity: 8,
      acting: 'Ik zei ja voordat ik erover nadacht.',
      consequence: "'s Avonds slecht geslapen.",
      themeStrength: 9,
      triedNew: 'Bedenktijd vragen, maar dat lukte niet.',
      triedNewOutcome: 'Teruggevallen in het oude patroon. Morgen ga ik terug naar haar.',
      bodyNote: 'Hartkloppingen, warm hoofd.',
    },
  ],
  [
    10,
    5,
    {
      area: 'work',
      phase: 'creating',
      situation: 'Gesprek met de afdelingsmanager over het extra project.',
      thinking: 'Ik mag mijn ja terugnemen.',
      feelingWords: 'Zenuwachtig, daarna trots',
      feelingIntensity: 6,
      acting: 'Ik heb gezegd dat ik het project pas na de zomer kan trekken.',
      consequence: 'Ze vond het verstandig. Afgesproken om in september verder te praten.',
      themeStrength: 7,
      triedNew: 'Een toezegging terugdraaien.',
      triedNewOutcome: 'Spannend, maar het gaf lucht.',
    },
  ],
  [
    7,
    2,
    {
      area: 'home',
      phase: 'creating',
      situation: 'Sanne houdt haar spreekbeurt thuis nog een keer voor ons.',
      thinking: 'Ik wil hier helemaal bij zijn.',
      feelingWords: 'Trots, warm 😊',
      feelingIntensity: 3,
      acting: 'Ik heb alleen maar geluisterd en daarna gevraagd wat ze zelf het leukst vond.',
      consequence: 'Ze gaf me een knuffel.',
      themeStrength: 2,
      triedNew: 'Vragen stellen in plaats van tips geven.',
      triedNewOutcome: 'Mooi moment.',
    },
  ],
  [
    4,
    6,
    {
      area: 'work',
      phase: 'creating',
      situation:
        'Een meting mislukt door een fout van mij. Ik moet het melden aan de kwaliteitsmanager.',
      thinking: 'Fouten maken hoort erbij. Ik hoef niet perfect te zijn.',
      feelingWords: 'Schaamte, minder dan vroeger',
      feelingIntensity: 5,
      acting: 'Ik heb het meteen gemeld en voorgesteld hoe we het herstellen.',
      consequence: 'Afgehandeld in een kwartier. Geen drama.',
      themeStrength: 5,
      triedNew: 'Een fout meteen melden, zonder eerst alles te controleren.',
      triedNewOutcome: 'De spanning was korter dan anders.',
    },
  ],
  [
    2,
    3,
    {
      area: 'work',
      phase: 'creating',
      situation: "Ik ging om vijf uur naar huis terwijl collega's nog bezig waren.",
      thinking: 'Ze zullen denken dat ik lui ben. Nee: mijn werk is af.',
      feelingWords: 'Schuldig, ook vrij',
      feelingIntensity: 4,
      acting: 'Ik zei gedag en ging.',
      consequence: 'Thuis met de kinderen gekookt.',
      themeStrength: 4,
      triedNew: 'Op tijd naar huis gaan.',
      triedNewOutcome: 'Eerst onrust, daarna een goede avond.',
      bodyNote: 'Buik ontspande in de trein.',
    },
  ],
];

/** The example diary records. */
export function exampleDiary(
  ownerId: string,
  now: Date,
): Partial<{
  [T in 'diaryEntries' | 'investigations' | 'valuations' | 'focusingSessions']: RecordOf<T>[];
}> {
  return {
    diaryEntries: entries.map(([days, hours, content], index) => {
      const occurredAt = daysBefore(now, days, hours);
      // Written a little after it happened, as the client is asked to.
      const writtenAt = daysBefore(now, days, Math.max(hours - 1, 0));
      return {
        ...exampleHeader(ownerId, exampleId(1000 + index + 1), writtenAt),
        ...content,
        occurredAt,
        themeId: EXAMPLE_THEME_ID,
      };
    }),
  };
}

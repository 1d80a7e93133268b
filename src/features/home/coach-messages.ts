// Messages of the coach's Today: the first steps, and the clients with what is new.
import { defineMessages } from '../../i18n/define';

/** English and Dutch texts of the coach's Today. */
export const coachHomeMessages = defineMessages({
  en: {
    'home.coach.startTitle': 'Getting started',
    'home.coach.stepKey': 'Make your coach key, or restore the one you have from its key file.',
    'home.coach.stepKeyDone': 'Your coach key is ready.',
    'home.coach.keysLink': 'Keys',
    'home.coach.stepCode': 'Give your clients your coach code, so they can send you their files.',
    'home.coach.stepImport': 'Open the file a client sends you.',
    'home.coach.importLink': 'Open a client’s file',
    'home.coach.exampleTitle': 'Look around first',
    'home.coach.clientsTitle': 'Your clients',
    'home.coach.newSince.one': '{count} new or changed item in the file of {date}',
    'home.coach.newSince.other': '{count} new or changed items in the file of {date}',
    'home.coach.nothingNew': 'Nothing new in the file of {date}',
    'home.coach.allClients': 'All clients ({count})',
    'home.coach.example': 'Example',
  },
  nl: {
    'home.coach.startTitle': 'Aan de slag',
    'home.coach.stepKey':
      'Maak je coachsleutel, of zet de sleutel die je hebt terug uit het sleutelbestand.',
    'home.coach.stepKeyDone': 'Je coachsleutel is klaar.',
    'home.coach.keysLink': 'Sleutels',
    'home.coach.stepCode':
      'Geef je cliënten je coachcode, zodat ze je hun bestanden kunnen sturen.',
    'home.coach.stepImport': 'Open het bestand dat een cliënt je stuurt.',
    'home.coach.importLink': 'Bestand van een cliënt openen',
    'home.coach.exampleTitle': 'Eerst rondkijken',
    'home.coach.clientsTitle': 'Je cliënten',
    'home.coach.newSince.one': '{count} nieuw of gewijzigd onderdeel in het bestand van {date}',
    'home.coach.newSince.other':
      '{count} nieuwe of gewijzigde onderdelen in het bestand van {date}',
    'home.coach.nothingNew': 'Niets nieuws in het bestand van {date}',
    'home.coach.allClients': 'Alle cliënten ({count})',
    'home.coach.example': 'Voorbeeld',
  },
});

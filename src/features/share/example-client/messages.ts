// Messages of the share feature's room for the example client: trying Koers with the fictional
// client's file and the demo key, and removing it again.
import { defineMessages } from '../../../i18n/define';
import { shareMessages } from '../messages';

/** English and Dutch texts of this room, the share feature's texts included. */
export const exampleClientMessages = defineMessages({
  en: {
    ...shareMessages.en,
    'share.example.try': 'Try Koers with the example client',
    'share.example.explain':
      'Opens the file of a fictional client with the public demo key, as a client’s file would arrive. Nothing real is involved, and you remove it again in one step.',
    'share.example.opening': 'Opening the example client…',
    'share.example.banner':
      'This is the fictional example client, opened with the public demo key. Everything here is example data.',
    'share.example.remove': 'Remove the example client',
    'share.example.removed': 'The example client and the demo key are removed.',
  },
  nl: {
    ...shareMessages.nl,
    'share.example.try': 'Probeer Koers met de voorbeeldcliënt',
    'share.example.explain':
      'Opent het bestand van een verzonnen cliënt met de openbare demosleutel, zoals het bestand van een cliënt zou binnenkomen. Er is niets echts bij betrokken en je verwijdert het in één stap weer.',
    'share.example.opening': 'De voorbeeldcliënt wordt geopend…',
    'share.example.banner':
      'Dit is de verzonnen voorbeeldcliënt, geopend met de openbare demosleutel. Alles hier is voorbeeldmateriaal.',
    'share.example.remove': 'Voorbeeldcliënt verwijderen',
    'share.example.removed': 'De voorbeeldcliënt en de demosleutel zijn verwijderd.',
  },
});

// Messages of the coach's room for the return bundle: what goes back to the client, and its encryption, with the texts the rooms share.
import { defineMessages } from '../../../i18n/define';
import { coachMessages } from '../messages';

/** English and Dutch texts of this room, the shared coach texts included. */
export const returnBundleMessages = defineMessages({
  en: {
    ...coachMessages.en,
    'coach.return.title': 'Bundle back to the client',
    'coach.return.explain':
      'Makes an encrypted file with your notes marked for the client, the assignments and, if you choose, an affect list and a question set for the next investigation. Private notes and notes for the report stay here.',
    'coach.return.contents': 'Notes for the client: {notes}. Assignments: {assignments}.',
    'coach.return.affectList': 'Affect list for the next investigation',
    'coach.return.affectListHint': 'Optional.',
    'coach.return.noList': 'No affect list',
    'coach.return.mode': 'Encryption',
    'coach.return.modeKey': "The client's own key",
    'coach.return.modePassphrase': 'A passphrase',
    'coach.return.keyTitle': "The client's key",
    'coach.return.keyLabel': "Client's public key (age1…)",
    'coach.return.keyHint':
      'Bundles do not carry it yet: ask the client for it, or use a passphrase and tell it to them by phone.',
    'coach.return.keyInvalid':
      'This is not a public key: it starts with age1 and has 62 characters.',
    'coach.return.keyMissing': "Enter the client's public key first, or use a passphrase.",
    'coach.return.keySave': 'Save key',
    'coach.return.keySaved': 'Key saved.',
    'coach.return.keyForgotten': 'Key removed.',
    'coach.return.passphrase': 'Passphrase',
    'coach.return.passphraseHint':
      'Four words or more that belong together only for you. Tell it to the client another way than the file (by phone).',
    'coach.return.passphraseWeak': 'This passphrase is too easy to guess. Use more words.',
    'coach.return.passphraseMismatch': 'The two passphrases differ.',
    'coach.return.suggest': 'Suggest a passphrase',
    'coach.return.confirm': 'Passphrase again',
    'coach.return.contentsContact': 'Your contact for the help page: included.',
    'coach.return.contentsNoContact': 'Your contact for the help page: none yet.',
    'coach.help.title': "Your contact on the client's help page",
    'coach.help.explain':
      "The client's help page shows the crisis numbers and the GP. Add how the client can reach you and what local help there is, as plain text. It goes with every bundle back to this client.",
    'coach.help.label': 'Contact and local help',
    'coach.help.hint':
      'For example your phone number and when you answer, and a walk-in or crisis service nearby. Up to 2,000 characters.',
    'coach.help.reuse': 'Start from the text you wrote last',
    'coach.help.save': 'Save contact',
    'coach.help.saved': 'Saved. It goes with the next bundle to the client.',
    'coach.help.removed': "Removed. The next bundle takes it off the client's help page.",
    'coach.help.empty': 'Nothing to save yet: write how the client can reach you first.',
    'coach.help.tooLong': 'This is longer than 2,000 characters. Please shorten it.',
    'coach.return.make': 'Make bundle',
    'coach.return.working': 'Encrypting…',
    'coach.return.done': 'Saved as {file}.',
    'coach.return.questionSet': 'Question set for the next investigation',
    'coach.return.questionSetHint': 'Optional. Make or edit sets below.',
    'coach.return.noQuestionSet': 'No question set',
    'coach.return.contentsSet': 'Question set: {name}.',
    'coach.return.contentsNoSet': 'Question set: none.',
  },
  nl: {
    ...coachMessages.nl,
    'coach.return.title': 'Bundel terug naar de cliënt',
    'coach.return.explain':
      'Maakt een versleuteld bestand met je notities voor de cliënt, de opdrachten en, als je wilt, een gevoelslijst en een vragenset voor het volgende onderzoek. Privénotities en notities voor het verslag blijven hier.',
    'coach.return.contents': 'Notities voor de cliënt: {notes}. Opdrachten: {assignments}.',
    'coach.return.affectList': 'Gevoelslijst voor het volgende onderzoek',
    'coach.return.affectListHint': 'Niet verplicht.',
    'coach.return.noList': 'Geen gevoelslijst',
    'coach.return.mode': 'Versleuteling',
    'coach.return.modeKey': 'De eigen sleutel van de cliënt',
    'coach.return.modePassphrase': 'Een wachtzin',
    'coach.return.keyTitle': 'De sleutel van de cliënt',
    'coach.return.keyLabel': 'Publieke sleutel van de cliënt (age1…)',
    'coach.return.keyHint':
      'Bundels bevatten die nog niet: vraag de cliënt erom, of gebruik een wachtzin en geef die telefonisch door.',
    'coach.return.keyInvalid':
      'Dit is geen publieke sleutel: die begint met age1 en heeft 62 tekens.',
    'coach.return.keyMissing':
      'Vul eerst de publieke sleutel van de cliënt in, of gebruik een wachtzin.',
    'coach.return.keySave': 'Sleutel opslaan',
    'coach.return.keySaved': 'Sleutel opgeslagen.',
    'coach.return.keyForgotten': 'Sleutel verwijderd.',
    'coach.return.passphrase': 'Wachtwoordzin',
    'coach.return.passphraseHint':
      'Vier woorden of meer die alleen voor jou bij elkaar horen. Geef hem op een andere manier door dan het bestand (telefonisch).',
    'coach.return.passphraseWeak': 'Deze wachtzin is te makkelijk te raden. Gebruik meer woorden.',
    'coach.return.passphraseMismatch': 'De twee wachtzinnen verschillen.',
    'coach.return.suggest': 'Stel een wachtzin voor',
    'coach.return.confirm': 'Wachtwoordzin nogmaals',
    'coach.return.contentsContact': 'Jouw contactgegevens voor de hulppagina: gaan mee.',
    'coach.return.contentsNoContact': 'Jouw contactgegevens voor de hulppagina: nog niet ingevuld.',
    'coach.help.title': 'Jouw contactgegevens op de hulppagina van de cliënt',
    'coach.help.explain':
      'De hulppagina van de cliënt toont de crisisnummers en de huisarts. Vul aan hoe de cliënt jou kan bereiken en welke hulp er in de buurt is, als gewone tekst. Dit gaat mee met elke bundel terug naar deze cliënt.',
    'coach.help.label': 'Contact en hulp in de buurt',
    'coach.help.hint':
      'Bijvoorbeeld je telefoonnummer en wanneer je opneemt, en een inloop- of crisisdienst in de buurt. Hooguit 2.000 tekens.',
    'coach.help.reuse': 'Begin met de tekst die je het laatst schreef',
    'coach.help.save': 'Contactgegevens opslaan',
    'coach.help.saved': 'Opgeslagen. Dit gaat mee met de volgende bundel naar de cliënt.',
    'coach.help.removed':
      'Verwijderd. De volgende bundel haalt het van de hulppagina van de cliënt.',
    'coach.help.empty':
      'Er is nog niets om op te slaan: schrijf eerst hoe de cliënt je kan bereiken.',
    'coach.help.tooLong': 'Dit is langer dan 2.000 tekens. Maak het wat korter.',
    'coach.return.make': 'Bundel maken',
    'coach.return.working': 'Versleutelen…',
    'coach.return.done': 'Opgeslagen als {file}.',
    'coach.return.questionSet': 'Vragenset voor het volgende onderzoek',
    'coach.return.questionSetHint': 'Niet verplicht. Hieronder maak of bewerk je vragensets.',
    'coach.return.noQuestionSet': 'Geen vragenset',
    'coach.return.contentsSet': 'Vragenset: {name}.',
    'coach.return.contentsNoSet': 'Vragenset: geen.',
  },
});

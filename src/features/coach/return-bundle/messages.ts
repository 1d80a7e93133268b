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

// Messages of the coach's read-only views of a client's material and of the coach-only guard.
import { defineMessages } from '../../i18n/define';

/** English and Dutch texts of the material pages. */
export const materialMessages = defineMessages({
  en: {
    'coachMat.back': 'Back to {name}',
    'coachMat.readOnly':
      'Read only: this is the client’s own material, as their bundles brought it.',
    'coachMat.diary.title': 'Diary of {name}',
    'coachMat.diary.open': 'Diary timeline, search and filters',
    'coachMat.diary.insight': 'Diary insight',
    'coachMat.diary.insightTitle': 'Diary insight of {name}',
    'coachMat.entry.title': 'Diary form of {name}',
    'coachMat.zkm.of': 'Self-investigation of {name}',
    'coachMat.zkm.compare': 'Compare with the previous investigation',
    'coachMat.zkm.fromSet': 'Asked with your question set “{name}”.',
    'coachMat.zkm.compareTitle': 'Then and now: {title}',
    'coachMat.zkm.valuations': 'Valuations',
    'coachMat.zkm.none': 'No self-investigations yet.',
    'coachMat.focusing.title': 'Focusing of {name}',
    'coachMat.focusing.open': 'Focusing history and filters',
    'coachMat.focusing.insight': 'Focusing insight',
    'coachMat.focusing.insightTitle': 'Focusing insight of {name}',
    'coachMat.session.title': 'Focusing session of {name}',
    'coachMat.coachOnly.title': 'For coaches only',
    'coachMat.coachOnly.body':
      'This part of Koers is a coach’s workspace. What your coach sends you is in your workbook.',
    'coachMat.coachOnly.link': 'Open my workbook',
    'coachMat.coachOnly.role': 'Are you a coach? Choose the coach role in Settings.',
    'coachMat.coachOnly.settings': 'Change my role in Settings',
  },
  nl: {
    'coachMat.back': 'Terug naar {name}',
    'coachMat.readOnly':
      'Alleen lezen: dit is het eigen materiaal van de cliënt, zoals hun bundels het brachten.',
    'coachMat.diary.title': 'Dagboek van {name}',
    'coachMat.diary.open': 'Tijdlijn van het dagboek, zoeken en filteren',
    'coachMat.diary.insight': 'Inzicht in het dagboek',
    'coachMat.diary.insightTitle': 'Inzicht in het dagboek van {name}',
    'coachMat.entry.title': 'Dagboekformulier van {name}',
    'coachMat.zkm.of': 'Zelfonderzoek van {name}',
    'coachMat.zkm.compare': 'Vergelijk met het vorige onderzoek',
    'coachMat.zkm.fromSet': 'Gevraagd met je vragenset “{name}”.',
    'coachMat.zkm.compareTitle': 'Toen en nu: {title}',
    'coachMat.zkm.valuations': 'Waarderingen',
    'coachMat.zkm.none': 'Nog geen zelfonderzoeken.',
    'coachMat.focusing.title': 'Focusing van {name}',
    'coachMat.focusing.open': 'Focusinggeschiedenis en filters',
    'coachMat.focusing.insight': 'Inzicht in focusing',
    'coachMat.focusing.insightTitle': 'Inzicht in focusing van {name}',
    'coachMat.session.title': 'Focusingsessie van {name}',
    'coachMat.coachOnly.title': 'Alleen voor coaches',
    'coachMat.coachOnly.body':
      'Dit deel van Koers is de werkplek van een coach. Wat je coach je stuurt, staat in je werkboek.',
    'coachMat.coachOnly.link': 'Open mijn werkboek',
    'coachMat.coachOnly.role': 'Ben je coach? Kies bij Instellingen de rol coach.',
    'coachMat.coachOnly.settings': 'Mijn rol wijzigen bij Instellingen',
  },
});

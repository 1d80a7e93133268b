// Messages of the coach's room for assignments, and the client's workbook of what a coach sent, with the texts the rooms share.
import { defineMessages } from '../../../i18n/define';
import { coachMessages } from '../messages';

/** English and Dutch texts of this room, the shared coach texts included. */
export const assignmentsMessages = defineMessages({
  en: {
    ...coachMessages.en,
    'coach.assignments.reminder': 'Suggest a diary reminder',
    'coach.assignments.reminderOn': 'Suggest when to write (the client chooses whether to use it)',
    'coach.assignments.reminderShown': 'Suggested reminder: {plan}',
    'coach.workbook.reminder': 'Your coach suggests a diary reminder: {plan}.',
    'coach.workbook.reminderUse': 'Use this reminder',
    'coach.workbook.reminderReplaces': 'It takes the place of your own reminder ({plan}).',
    'coach.workbook.reminderIsYours':
      'This is your diary reminder now. You can change it or save it to your calendar in Settings.',
    'coach.workbook.reminderSettings': 'Reminder in Settings',
    'coach.assignments.newTitle': 'New assignment',
    'coach.assignments.editTitle': 'Edit assignment',
    'coach.assignments.titleLabel': 'Title',
    'coach.assignments.titleHint':
      'For example: keep diary forms on situations where your drive to prove yourself plays a part.',
    'coach.assignments.titleRequired': 'Give the assignment a title.',
    'coach.assignments.titleTooLong': 'Use at most 500 characters.',
    'coach.assignments.description': 'Description',
    'coach.assignments.periodOrder': 'The end date comes before the start date.',
    'coach.assignments.theme': 'Theme',
    'coach.assignments.noTheme': 'No theme',
    'coach.assignments.add': 'Add assignment',
    'coach.assignments.update': 'Save changes',
    'coach.assignments.saved': 'Assignment saved.',
    'coach.assignments.deleted': 'Assignment deleted.',
    'coach.assignments.period': '{from} to {to}',
    'coach.workbook.coachExplain':
      'This is what your clients see of the bundles you send back. On your own device it lists what a coach sent to you.',
    'coach.workbook.noAssignments': 'No assignments from your coach yet.',
    'coach.workbook.notes': 'Notes from your coach',
    'coach.workbook.noNotes': 'No notes from your coach yet.',
    'coach.workbook.general': 'General',
    'coach.workbook.questionSets': 'Questions for your next self-investigation',
    'coach.workbook.noQuestionSets': 'No questions from your coach yet.',
    'coach.workbook.basedOn': 'Based on: {variant}',
    'coach.workbook.startWith': 'Start an investigation with these questions',
    'coach.workbook.startHint':
      'You can also choose them when you start a re-investigation of an earlier investigation.',
  },
  nl: {
    ...coachMessages.nl,
    'coach.assignments.reminder': 'Een dagboekherinnering voorstellen',
    'coach.assignments.reminderOn':
      'Voorstellen wanneer te schrijven (de cliënt kiest of die het gebruikt)',
    'coach.assignments.reminderShown': 'Voorgestelde herinnering: {plan}',
    'coach.workbook.reminder': 'Je coach stelt een dagboekherinnering voor: {plan}.',
    'coach.workbook.reminderUse': 'Deze herinnering gebruiken',
    'coach.workbook.reminderReplaces': 'Die komt in de plaats van je eigen herinnering ({plan}).',
    'coach.workbook.reminderIsYours':
      'Dit is nu je dagboekherinnering. In Instellingen kun je hem wijzigen of in je agenda zetten.',
    'coach.workbook.reminderSettings': 'Herinnering in Instellingen',
    'coach.assignments.newTitle': 'Nieuwe opdracht',
    'coach.assignments.editTitle': 'Opdracht bewerken',
    'coach.assignments.titleLabel': 'Titel',
    'coach.assignments.titleHint':
      'Bijvoorbeeld: houd dagboekformulieren bij over situaties waarin je drang om jezelf te bewijzen meespeelt.',
    'coach.assignments.titleRequired': 'Geef de opdracht een titel.',
    'coach.assignments.titleTooLong': 'Gebruik hoogstens 500 tekens.',
    'coach.assignments.description': 'Beschrijving',
    'coach.assignments.periodOrder': 'De einddatum ligt vóór de begindatum.',
    'coach.assignments.theme': 'Thema',
    'coach.assignments.noTheme': 'Geen thema',
    'coach.assignments.add': 'Opdracht toevoegen',
    'coach.assignments.update': 'Wijzigingen opslaan',
    'coach.assignments.saved': 'Opdracht opgeslagen.',
    'coach.assignments.deleted': 'Opdracht verwijderd.',
    'coach.assignments.period': '{from} tot en met {to}',
    'coach.workbook.coachExplain':
      'Dit zien je cliënten van de bundels die je terugstuurt. Op je eigen apparaat staat hier wat een coach jou stuurde.',
    'coach.workbook.noAssignments': 'Nog geen opdrachten van je coach.',
    'coach.workbook.notes': 'Notities van je coach',
    'coach.workbook.noNotes': 'Nog geen notities van je coach.',
    'coach.workbook.general': 'Algemeen',
    'coach.workbook.questionSets': 'Vragen voor je volgende zelfonderzoek',
    'coach.workbook.noQuestionSets': 'Nog geen vragen van je coach.',
    'coach.workbook.basedOn': 'Gebaseerd op: {variant}',
    'coach.workbook.startWith': 'Een onderzoek beginnen met deze vragen',
    'coach.workbook.startHint':
      'Je kunt ze ook kiezen als je een herhalingsonderzoek van een eerder onderzoek begint.',
  },
});

// Messages of the coach's room for the coach's notes: writing, listing and searching them, with the texts the rooms share.
import { defineMessages } from '../../../i18n/define';
import { coachMessages } from '../messages';

/** English and Dutch texts of this room, the shared coach texts included. */
export const notesMessages = defineMessages({
  en: {
    ...coachMessages.en,
    'coach.notes.newTitle': 'New note',
    'coach.notes.editTitle': 'Edit note',
    'coach.notes.about': 'About: {target}',
    'coach.notes.aboutClient': 'About the client in general',
    'coach.notes.aboutClientInstead': 'Make it a note about the client in general',
    'coach.notes.text': 'Note',
    'coach.notes.textRequired': 'Write the note first.',
    'coach.notes.visibility': 'Who may read it',
    'coach.notes.visibilityRequired': 'Choose who may read this note.',
    'coach.notes.onThisTitle': 'Your notes on this ({count})',
    'coach.notes.save': 'Save note',
    'coach.notes.update': 'Save changes',
    'coach.notes.saved': 'Note saved.',
    'coach.notes.updated': 'Note changed.',
    'coach.notes.deleted': 'Note deleted.',
    'coach.notes.search': 'Search notes',
    'coach.notes.found': '{shown} of {total} notes',
    'coach.notes.seeClient': 'open the client page to see it',
  },
  nl: {
    ...coachMessages.nl,
    'coach.notes.newTitle': 'Nieuwe notitie',
    'coach.notes.editTitle': 'Notitie bewerken',
    'coach.notes.about': 'Over: {target}',
    'coach.notes.visibilityRequired': 'Kies wie deze notitie mag lezen.',
    'coach.notes.onThisTitle': 'Je notities hierover ({count})',
    'coach.notes.aboutClient': 'Over de cliënt in het algemeen',
    'coach.notes.aboutClientInstead': 'Maak er een notitie over de cliënt in het algemeen van',
    'coach.notes.text': 'Notitie',
    'coach.notes.textRequired': 'Schrijf eerst de notitie.',
    'coach.notes.visibility': 'Wie mag het lezen',
    'coach.notes.save': 'Notitie opslaan',
    'coach.notes.update': 'Wijzigingen opslaan',
    'coach.notes.saved': 'Notitie opgeslagen.',
    'coach.notes.updated': 'Notitie gewijzigd.',
    'coach.notes.deleted': 'Notitie verwijderd.',
    'coach.notes.search': 'Notities doorzoeken',
    'coach.notes.found': '{shown} van {total} notities',
    'coach.notes.seeClient': 'open de cliëntpagina om het te zien',
  },
});

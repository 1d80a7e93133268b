// Messages of the shared CoachNotes component (client side), loaded with the screen using it.
import { defineMessages } from '../../../i18n/define';

/** CoachNotes messages in English and Dutch. */
export const coachNotesMessages = defineMessages({
  en: {
    'coachNotes.title': 'From your coach',
    'coachNotes.written': 'Written {date}',
  },
  nl: {
    'coachNotes.title': 'Van je coach',
    'coachNotes.written': 'Geschreven op {date}',
  },
});

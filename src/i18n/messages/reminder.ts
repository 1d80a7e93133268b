// The words a reminder carries outside the app (the calendar file, a notification): shared
// by the settings screen and the service worker, and free of anything the client wrote.
import { defineMessages } from '../define';

/** Reminder words in English and Dutch. */
export const reminderWords = defineMessages({
  en: {
    'reminder.summary': 'Time for your Koers diary',
    'reminder.description':
      'A reminder you set in Koers. Change or remove it in Koers under Settings, Diary reminder.',
  },
  nl: {
    'reminder.summary': 'Tijd voor je Koers-dagboek',
    'reminder.description':
      'Een herinnering die je in Koers hebt ingesteld. Wijzigen of verwijderen kan in Koers bij Instellingen, Dagboekherinnering.',
  },
});

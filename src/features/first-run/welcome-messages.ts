// Messages of the first run's welcome step (language, role, name). Kept out of the shell's
// catalog: only a device that still needs the first run loads them, with the screen.
import { defineMessages } from '../../i18n/define';

/** The welcome step in English and Dutch. */
export const welcomeMessages = defineMessages({
  en: {
    'firstRun.tagline': 'Your private workbook for career coaching',
    'firstRun.title': 'Welcome to Koers',
    'firstRun.intro':
      'Koers keeps everything on this device. Nothing is sent anywhere unless you export it, and then only encrypted.',
    'firstRun.language': 'Language',
    'firstRun.role': 'I use Koers as',
    'firstRun.role.client.hint': 'I keep diary forms, self-investigations and focusing sessions.',
    'firstRun.role.coach.hint': 'I read and annotate the material my clients send me.',
    'firstRun.name': 'Your name (optional, shown to your coach or clients)',
    'firstRun.next': 'Next',
    'firstRun.roleRequired': 'Choose how you use Koers.',
    'firstRun.restoreHint':
      'New phone, or restoring a backup? Start here; after a short word about your data, Koers offers to restore your backup file.',
  },
  nl: {
    'firstRun.tagline': 'Je persoonlijke werkboek voor loopbaanbegeleiding',
    'firstRun.title': 'Welkom bij Koers',
    'firstRun.intro':
      'Koers bewaart alles op dit apparaat. Er gaat niets weg, tenzij je het zelf exporteert, en dan alleen versleuteld.',
    'firstRun.language': 'Taal',
    'firstRun.role': 'Ik gebruik Koers als',
    'firstRun.role.client.hint': 'Ik houd dagboekformulieren, zelfonderzoeken en focussessies bij.',
    'firstRun.role.coach.hint': 'Ik lees en annoteer wat mijn cliënten me sturen.',
    'firstRun.name': 'Je naam (optioneel, zichtbaar voor je coach of cliënten)',
    'firstRun.next': 'Volgende',
    'firstRun.roleRequired': 'Kies hoe je Koers gebruikt.',
    'firstRun.restoreHint':
      'Nieuwe telefoon, of een back-up terugzetten? Begin hier; na een korte uitleg over je gegevens biedt Koers aan je back-upbestand terug te zetten.',
  },
});

// Messages of the settings screen, loaded with it: language, role, appearance, storage.
import { defineMessages } from '../../i18n/define';

/** Settings messages in English and Dutch. */
export const settingsMessages = defineMessages({
  en: {
    'settings.title': 'Settings',
    'settings.language': 'Language',
    'settings.language.system': 'Same as this device',
    'settings.role': 'Role',
    'settings.coachClientSections':
      'Also show the sections for my own diary, self-investigation and focusing',
    'settings.theme': 'Appearance',
    'settings.theme.system': 'Same as this device',
    'settings.theme.light': 'Light',
    'settings.theme.dark': 'Dark',
    'settings.name': 'Display name',
    'settings.name.tooLong': 'Use at most 100 characters.',
    'settings.name.save': 'Save name',
    'settings.saved': 'Saved.',
    'settings.storage': 'Storage on this device',
    'settings.storage.used': '{used} used of {quota} available',
    'settings.storage.unknown': 'This browser does not report storage use.',
    'settings.storage.persisted': 'Kept: the browser will not delete this data to free space.',
    'settings.storage.notPersisted':
      'Not yet kept for sure: the browser may delete this data when space runs low. Install Koers and back up regularly.',
    'settings.storage.request': 'Ask to keep my data',
    'settings.about': 'About',
    'settings.version': 'Version {version}',
    'settings.aboutData': 'About Koers and your data',
  },
  nl: {
    'settings.title': 'Instellingen',
    'settings.language': 'Taal',
    'settings.language.system': 'Zoals dit apparaat',
    'settings.role': 'Rol',
    'settings.coachClientSections':
      'Toon ook de onderdelen voor mijn eigen dagboek, zelfonderzoek en focussen',
    'settings.theme': 'Weergave',
    'settings.theme.system': 'Zoals dit apparaat',
    'settings.theme.light': 'Licht',
    'settings.theme.dark': 'Donker',
    'settings.name': 'Weergavenaam',
    'settings.name.tooLong': 'Gebruik hoogstens 100 tekens.',
    'settings.name.save': 'Naam opslaan',
    'settings.saved': 'Opgeslagen.',
    'settings.storage': 'Opslag op dit apparaat',
    'settings.storage.used': '{used} gebruikt van {quota} beschikbaar',
    'settings.storage.unknown': 'Deze browser meldt het opslaggebruik niet.',
    'settings.storage.persisted':
      'Bewaard: de browser wist deze gegevens niet om ruimte vrij te maken.',
    'settings.storage.notPersisted':
      'Nog niet zeker bewaard: de browser kan deze gegevens wissen als de ruimte opraakt. Installeer Koers en maak regelmatig een back-up.',
    'settings.storage.request': 'Vragen om mijn gegevens te bewaren',
    'settings.about': 'Over Koers',
    'settings.version': 'Versie {version}',
    'settings.aboutData': 'Over Koers en je gegevens',
  },
});

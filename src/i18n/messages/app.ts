// Messages of the shell: navigation, first run, errors, updates, install hint.
import { defineMessages } from '../define';

/** Shell messages in English and Dutch. */
export const appMessages = defineMessages({
  en: {
    'app.name': 'Koers',
    'app.tagline': 'Your private workbook for career coaching',
    'app.skipToContent': 'Skip to content',
    'nav.label': 'Main',
    'nav.menu': 'Menu',
    'nav.home': 'Today',
    'nav.diary': 'Diary',
    'nav.zkm': 'Self-investigation',
    'nav.focusing': 'Focusing',
    'nav.trajectory': 'Trajectory',
    'nav.share': 'Share',
    'nav.settings': 'Settings',
    'nav.coach': 'Clients',
    'firstRun.title': 'Welcome to Koers',
    'firstRun.intro':
      'Koers keeps everything on this device. Nothing is sent anywhere unless you export it, and then only encrypted.',
    'firstRun.language': 'Language',
    'firstRun.role': 'I use Koers as',
    'firstRun.role.client': 'Client',
    'firstRun.role.client.hint': 'I keep diary forms, self-investigations and focusing sessions.',
    'firstRun.role.coach': 'Coach',
    'firstRun.role.coach.hint': 'I read and annotate the material my clients send me.',
    'firstRun.name': 'Your name (optional, shown to your coach or clients)',
    'firstRun.start': 'Start',
    'firstRun.roleRequired': 'Choose how you use Koers.',
    'home.title': 'Today',
    'home.empty': 'Nothing here yet. Start with a diary form, or look around with example data.',
    'home.newDiary': 'New diary form',
    'home.newFocusing': 'New focusing session',
    'home.coachIntro': 'Import a bundle from a client to start.',
    'section.comingUp':
      'This part of Koers is being built. Your data is safe; nothing here is lost when it arrives.',
    'error.title': 'Something went wrong',
    'error.body':
      'This screen could not be shown. Your saved data and drafts are safe on this device.',
    'error.retry': 'Try again',
    'error.reload': 'Reload',
    'error.details': 'Details for your coach or for support',
    'error.storage-full':
      'This device is out of storage space. Free some space, then try again. Nothing was saved just now.',
    'error.database-upgrade-blocked':
      'Koers is open in another tab with an older version. Close the other tabs, then reload.',
    'error.database-newer':
      'This data was written by a newer version of Koers. Reload to get the newest version.',
    'error.database-closed':
      'Koers was updated in another tab. Reload this tab to go on; your drafts are kept.',
    'error.storage-unavailable':
      'This browser does not allow Koers to store data (private mode or blocked storage).',
    'error.invalid-data': 'This could not be saved: some data is not valid.',
    'error.not-found': 'This item no longer exists. It may have been deleted.',
    'error.aborted': 'Saving was interrupted. Please try again.',
    'error.unknown': 'An unexpected error occurred. Please try again.',
    'db.versionChange': 'Koers was updated in another tab.',
    'update.available': 'A new version of Koers is ready.',
    'update.apply': 'Update now',
    'update.applying': 'Saving your work and updating…',
    'offline.ready': 'Koers now works offline.',
    'install.title': 'Install Koers',
    'install.why':
      'Installed, Koers opens like an app and your browser keeps its data. On iPhone and iPad, data of a site that is not installed is deleted after 7 days without a visit.',
    'install.button': 'Install',
    'install.ios':
      'On iPhone or iPad: tap the Share button, then “Add to Home Screen”, then “Add”.',
    'install.dismiss': 'Not now',
    'toast.close': 'Close',
    'example.title': 'Example data',
    'example.explain':
      'A fictional client to look around with. Removing it deletes exactly the example and nothing of yours.',
    'example.load': 'Load example data',
    'example.remove': 'Remove example data',
    'example.loaded': 'Example data loaded: {count} items.',
    'example.removed': 'Example data removed: {count} items.',
    'notFound.title': 'This page does not exist',
    'notFound.home': 'Back to today',
  },
  nl: {
    'app.name': 'Koers',
    'app.tagline': 'Je persoonlijke werkboek voor loopbaanbegeleiding',
    'app.skipToContent': 'Naar de inhoud',
    'nav.label': 'Hoofdmenu',
    'nav.menu': 'Menu',
    'nav.home': 'Vandaag',
    'nav.diary': 'Dagboek',
    'nav.zkm': 'Zelfonderzoek',
    'nav.focusing': 'Focussen',
    'nav.trajectory': 'Traject',
    'nav.share': 'Delen',
    'nav.settings': 'Instellingen',
    'nav.coach': 'Cliënten',
    'firstRun.title': 'Welkom bij Koers',
    'firstRun.intro':
      'Koers bewaart alles op dit apparaat. Er gaat niets weg, tenzij je het zelf exporteert, en dan alleen versleuteld.',
    'firstRun.language': 'Taal',
    'firstRun.role': 'Ik gebruik Koers als',
    'firstRun.role.client': 'Cliënt',
    'firstRun.role.client.hint': 'Ik houd dagboekformulieren, zelfonderzoeken en focussessies bij.',
    'firstRun.role.coach': 'Coach',
    'firstRun.role.coach.hint': 'Ik lees en annoteer wat mijn cliënten me sturen.',
    'firstRun.name': 'Je naam (optioneel, zichtbaar voor je coach of cliënten)',
    'firstRun.start': 'Beginnen',
    'firstRun.roleRequired': 'Kies hoe je Koers gebruikt.',
    'home.title': 'Vandaag',
    'home.empty':
      'Hier staat nog niets. Begin met een dagboekformulier, of kijk rond met voorbeeldgegevens.',
    'home.newDiary': 'Nieuw dagboekformulier',
    'home.newFocusing': 'Nieuwe focussessie',
    'home.coachIntro': 'Importeer een bundel van een cliënt om te beginnen.',
    'section.comingUp':
      'Dit deel van Koers wordt nog gebouwd. Je gegevens zijn veilig; er gaat niets verloren als het er is.',
    'error.title': 'Er ging iets mis',
    'error.body':
      'Dit scherm kon niet worden getoond. Je opgeslagen gegevens en concepten staan veilig op dit apparaat.',
    'error.retry': 'Opnieuw proberen',
    'error.reload': 'Herladen',
    'error.details': 'Details voor je coach of voor ondersteuning',
    'error.storage-full':
      'Dit apparaat heeft geen opslagruimte meer. Maak ruimte vrij en probeer het opnieuw. Er is zojuist niets opgeslagen.',
    'error.database-upgrade-blocked':
      'Koers is open in een ander tabblad met een oudere versie. Sluit de andere tabbladen en herlaad.',
    'error.database-newer':
      'Deze gegevens zijn gemaakt door een nieuwere versie van Koers. Herlaad om de nieuwste versie te krijgen.',
    'error.database-closed':
      'Koers is bijgewerkt in een ander tabblad. Herlaad dit tabblad om verder te gaan; je concepten blijven bewaard.',
    'error.storage-unavailable':
      'Deze browser staat Koers niet toe gegevens op te slaan (privévenster of geblokkeerde opslag).',
    'error.invalid-data': 'Dit kon niet worden opgeslagen: sommige gegevens zijn niet geldig.',
    'error.not-found': 'Dit item bestaat niet meer. Misschien is het verwijderd.',
    'error.aborted': 'Het opslaan werd onderbroken. Probeer het opnieuw.',
    'error.unknown': 'Er trad een onverwachte fout op. Probeer het opnieuw.',
    'db.versionChange': 'Koers is bijgewerkt in een ander tabblad.',
    'update.available': 'Er is een nieuwe versie van Koers klaar.',
    'update.apply': 'Nu bijwerken',
    'update.applying': 'Je werk wordt bewaard en Koers wordt bijgewerkt…',
    'offline.ready': 'Koers werkt nu ook offline.',
    'install.title': 'Koers installeren',
    'install.why':
      'Geïnstalleerd opent Koers als een app en bewaart je browser de gegevens. Op iPhone en iPad worden gegevens van een niet-geïnstalleerde site na 7 dagen zonder bezoek gewist.',
    'install.button': 'Installeren',
    'install.ios':
      'Op iPhone of iPad: tik op de deelknop, dan op ‘Zet op beginscherm’ en dan op ‘Voeg toe’.',
    'install.dismiss': 'Niet nu',
    'toast.close': 'Sluiten',
    'example.title': 'Voorbeeldgegevens',
    'example.explain':
      'Een fictieve cliënt om mee rond te kijken. Verwijderen wist precies het voorbeeld en niets van jezelf.',
    'example.load': 'Voorbeeldgegevens laden',
    'example.remove': 'Voorbeeldgegevens verwijderen',
    'example.loaded': 'Voorbeeldgegevens geladen: {count} items.',
    'example.removed': 'Voorbeeldgegevens verwijderd: {count} items.',
    'notFound.title': 'Deze pagina bestaat niet',
    'notFound.home': 'Terug naar vandaag',
  },
});

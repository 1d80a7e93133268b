// Messages of the diary reminder in Settings.
import { defineMessages } from '../../i18n/define';

/** Reminder settings messages in English and Dutch. */
export const reminderMessages = defineMessages({
  en: {
    'reminder.title': 'Diary reminder',
    'reminder.intro':
      'A diary works best when you write soon after something happened. Choose when Koers may remind you. A reminder never contains anything you wrote.',
    'reminder.days': 'Days',
    'reminder.days.none': 'Choose at least one day.',
    'reminder.times': 'Times',
    'reminder.time': 'Time {number}',
    'reminder.time.add': 'Add a time',
    'reminder.time.remove': 'Remove time {number}',
    'reminder.times.none': 'Add at least one time.',
    'reminder.times.invalid': 'Write each time as hours and minutes, for example 19:30.',
    'reminder.times.repeated': 'Each time once, please: two times are the same.',
    'reminder.times.tooMany': 'At most three times a day.',
    'reminder.save': 'Save reminder',
    'reminder.remove': 'Remove reminder',
    'reminder.saved': 'Reminder saved.',
    'reminder.removed':
      'Reminder removed. A reminder you added to your calendar stays there until you delete it in the calendar.',
    'reminder.delivery': 'How the reminder reaches you',
    'reminder.calendar.explain':
      'Most calendar apps can remind you at these times: add the reminder to yours as a calendar file (some, such as Google Calendar on the web, import the event but not its alert). Save the file again after you change the days or times; if your calendar then shows the reminder twice, delete the old one there.',
    'reminder.calendar.save': 'Add to my calendar (.ics file)',
    'reminder.nudge.explain':
      'When you open Koers after a reminder time and have not written since, Today shows a short reminder.',
    'reminder.platform.ios':
      'On iPhone and iPad a web app cannot show a notification while it is closed (that would need a server, and Koers has none). Use the calendar file.',
    'reminder.platform.notify':
      'On this device Koers can also show a notification when it is installed. The browser decides when it checks, only while the device is online, so it may come later than the time you chose or not at all.',
    'reminder.platform.other':
      'This browser cannot notify you while Koers is closed. Use the calendar file.',
    'reminder.notify': 'Also notify me on this device',
    'reminder.notify.on': 'Notifications are on.',
    'reminder.notify.denied':
      'Notifications are blocked for Koers. You can allow them in the browser’s site settings.',
    'reminder.notify.notInstalled':
      'The browser allows these notifications only for an installed app. Install Koers and try again.',
    'reminder.notify.unsupported': 'This browser cannot show these notifications.',
  },
  nl: {
    'reminder.title': 'Dagboekherinnering',
    'reminder.intro':
      'Een dagboek werkt het best als je kort na een gebeurtenis schrijft. Kies wanneer Koers je eraan mag herinneren. Een herinnering bevat nooit iets van wat je hebt geschreven.',
    'reminder.days': 'Dagen',
    'reminder.days.none': 'Kies minstens één dag.',
    'reminder.times': 'Tijden',
    'reminder.time': 'Tijd {number}',
    'reminder.time.add': 'Tijd toevoegen',
    'reminder.time.remove': 'Tijd {number} verwijderen',
    'reminder.times.none': 'Voeg minstens één tijd toe.',
    'reminder.times.invalid': 'Schrijf elke tijd als uren en minuten, bijvoorbeeld 19:30.',
    'reminder.times.repeated': 'Elke tijd één keer graag: twee tijden zijn gelijk.',
    'reminder.times.tooMany': 'Hoogstens drie tijden per dag.',
    'reminder.save': 'Herinnering opslaan',
    'reminder.remove': 'Herinnering verwijderen',
    'reminder.saved': 'Herinnering opgeslagen.',
    'reminder.removed':
      'Herinnering verwijderd. Een herinnering die je in je agenda zette, blijft daar staan tot je hem in de agenda verwijdert.',
    'reminder.delivery': 'Hoe de herinnering je bereikt',
    'reminder.calendar.explain':
      'De meeste agenda-apps kunnen je op deze tijden herinneren: zet de herinnering in de jouwe met een agendabestand (sommige, zoals Google Agenda op het web, nemen de afspraak over maar niet de melding). Sla het bestand opnieuw op als je dagen of tijden wijzigt; staat de herinnering daarna dubbel in je agenda, verwijder dan daar de oude.',
    'reminder.calendar.save': 'In mijn agenda zetten (.ics-bestand)',
    'reminder.nudge.explain':
      'Open je Koers na een herinneringstijd en heb je sindsdien niets geschreven, dan staat er op Vandaag een korte herinnering.',
    'reminder.platform.ios':
      'Op iPhone en iPad kan een web-app geen melding geven terwijl hij gesloten is (daarvoor is een server nodig, en Koers heeft er geen). Gebruik het agendabestand.',
    'reminder.platform.notify':
      'Op dit apparaat kan Koers ook een melding geven als de app geïnstalleerd is. De browser bepaalt wanneer hij kijkt, alleen als het apparaat online is, dus de melding kan later komen dan de tijd die je koos, of niet.',
    'reminder.platform.other':
      'Deze browser kan je geen melding geven terwijl Koers gesloten is. Gebruik het agendabestand.',
    'reminder.notify': 'Geef me ook een melding op dit apparaat',
    'reminder.notify.on': 'Meldingen staan aan.',
    'reminder.notify.denied':
      'Meldingen zijn geblokkeerd voor Koers. Je kunt ze toestaan in de site-instellingen van de browser.',
    'reminder.notify.notInstalled':
      'De browser staat deze meldingen alleen toe voor een geïnstalleerde app. Installeer Koers en probeer het opnieuw.',
    'reminder.notify.unsupported': 'Deze browser kan deze meldingen niet tonen.',
  },
});

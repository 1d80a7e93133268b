// Messages of the app lock: the settings section, turning the lock on and off, and (from
// screen-messages.ts) the lock screen's own.
import { defineMessages } from '../../i18n/define';
import { lockScreenMessages } from './screen-messages';

/** App lock messages in English and Dutch. */
export const lockMessages = defineMessages({
  en: {
    ...lockScreenMessages.en,
    'lock.section.title': 'App lock',
    'lock.section.off':
      'Off. Anyone who can open this browser can read your entries. With the lock on, what you write is encrypted on this device and opens only with your passphrase.',
    'lock.section.on': 'On. Your entries are encrypted on this device.',
    'lock.section.coachInvite':
      'You hold other people’s health data: turn the lock on before you import a client’s bundle.',
    'lock.backupFirst':
      'Make a backup first: turning the lock on changes every stored entry. If something goes wrong halfway, Koers resumes where it stopped, but a backup is the safe way.',
    'lock.backupFirstOff':
      'Make a backup first: turning the lock off changes every stored entry. If something goes wrong halfway, Koers resumes where it stopped, but a backup is the safe way.',
    'lock.backupLink': 'Make a backup',
    'lock.continue': 'Continue',
    'lock.preparing': 'Preparing the lock… this takes a few seconds.',
    'lock.recovery.title': 'Your recovery key',
    'lock.recovery.explain':
      'If you forget your passphrase, only this key opens your entries. Koers does not keep it. Print it or save it somewhere safe, away from this device.',
    'lock.recovery.save': 'Save as file',
    'lock.recovery.saved': 'I have saved or written down the recovery key',
    'lock.recovery.savedRequired': 'Confirm that you saved the recovery key first.',
    'lock.recovery.fileText':
      'Koers recovery key\n\nThis key opens your Koers entries on the device where you made it, if you forget your passphrase.\nKeep it safe and private.\n\n{key}\n',
    'lock.turnOn': 'Turn the lock on',
    'lock.turningOn': 'Encrypting your entries: {done} of {total} steps.',
    'lock.turnedOn':
      'The lock is on. Browsers may keep fragments of earlier, unencrypted text in their files for a while: “Clear old traces” below removes them now.',
    'lock.turnedOn.firstRun': 'The lock is on. What you write from now on is stored encrypted.',
    'lock.lockNow': 'Lock now',
    'lock.autoLock': 'Lock automatically after',
    'lock.autoLock.minutes': '{n} min without use',
    'lock.turnOff': 'Turn the lock off',
    'lock.turnOff.explain':
      'Your entries will be stored unencrypted on this device again. Enter your passphrase to confirm.',
    'lock.turningOff': 'Decrypting your entries: {done} of {total} steps.',
    'lock.turnedOff': 'The lock is off.',
    'lock.cancel': 'Cancel',
    'lock.new.passphrase': 'New passphrase for the lock',
    'lock.new.hint':
      'Four or more words you will remember. You type it each time you open Koers; if you forget it, only the recovery key helps.',
    'lock.new.repeat': 'Repeat the passphrase',
    'lock.new.tooWeak': 'This passphrase is too easy to guess. Use more words.',
    'lock.new.mismatch': 'The two passphrases differ.',
    'lock.change.open': 'Change the passphrase',
    'lock.change.explain':
      'Enter the passphrase you use now (or your recovery key), then the new one. Your entries stay as they are: only the stored key is locked anew.',
    'lock.change.current': 'Current passphrase',
    'lock.change.submit': 'Save the new passphrase',
    'lock.change.busy': 'Changing the passphrase… this takes a few seconds.',
    'lock.change.done':
      'The passphrase is changed. Use the new one the next time you unlock; your recovery key still works.',
    'lock.change.failed': 'The passphrase could not be changed. {detail} The old one still works.',
    'lock.renew.open': 'Make a new recovery key',
    'lock.renew.explain':
      'For a recovery key that is lost or that someone else has seen. Enter your passphrase: the new key is shown once, and the old one stops working when you confirm that you saved the new one.',
    'lock.renew.submit': 'Make the new key',
    'lock.renew.busy': 'Making a new recovery key… this takes a few seconds.',
    'lock.renew.confirm': 'Use the new recovery key',
    'lock.renew.done': 'The new recovery key is in use. The old one no longer opens Koers.',
    'lock.renew.failed':
      'The new recovery key could not be made. {detail} The old one still works.',
    'lock.damaged.title': 'Koers cannot read its lock record on this device',
    'lock.damaged.explain':
      'The record that says whether the app lock is on could not be read. Koers stopped before opening your entries, so that nothing you write is stored the wrong way.',
    'lock.damaged.nothingChanged':
      'Nothing was changed or deleted: your entries are still on this device as they were.',
    'lock.damaged.whatToDo': 'What you can do',
    'lock.damaged.keep':
      'Keep this device as it is: do not clear the browser’s data for Koers and do not remove the app.',
    'lock.damaged.contact':
      'Contact whoever helps you with Koers (your coach, or whoever set it up) and show them this message.',
    'lock.damaged.backup':
      'If you made a backup, you can restore it in Koers on another device and go on there.',
    'lock.damaged.help': 'Where to get help now',
    'lock.damaged.back': 'Back to the message',
    'lock.turnFailed':
      'This could not be finished. {detail} Nothing is lost; Koers resumes it the next time you unlock.',
    'lock.halfway.on':
      'The lock is not on completely yet: some entries are encrypted, the others still as they were. Nothing is lost.',
    'lock.halfway.off':
      'The lock is not off completely yet: some entries are opened, the others still encrypted. Nothing is lost.',
    'lock.finish.on': 'Finish turning the lock on',
    'lock.finish.off': 'Finish turning the lock off',
    'lock.halfway.back': 'Turn the lock back off',
    'lock.halfway.back.explain':
      'If finishing keeps failing, you can go back: what is already encrypted is opened again, and the lock is off. Enter your passphrase to confirm.',
  },
  nl: {
    ...lockScreenMessages.nl,
    'lock.section.title': 'App-vergrendeling',
    'lock.section.off':
      'Uit. Iedereen die deze browser kan openen, kan je aantekeningen lezen. Met de app-vergrendeling aan wordt wat je schrijft versleuteld op dit apparaat en opent het alleen met je wachtwoordzin.',
    'lock.section.on': 'Aan. Je aantekeningen zijn versleuteld op dit apparaat.',
    'lock.section.coachInvite':
      'Je bewaart gezondheidsgegevens van anderen: zet de app-vergrendeling aan voordat je de bundel van een cliënt importeert.',
    'lock.backupFirst':
      'Maak eerst een back-up: de app-vergrendeling aanzetten verandert elke opgeslagen aantekening. Gaat er halverwege iets mis, dan gaat Koers verder waar het stopte, maar een back-up is de veilige weg.',
    'lock.backupFirstOff':
      'Maak eerst een back-up: de app-vergrendeling uitzetten verandert elke opgeslagen aantekening. Gaat er halverwege iets mis, dan gaat Koers verder waar het stopte, maar een back-up is de veilige weg.',
    'lock.backupLink': 'Back-up maken',
    'lock.continue': 'Verder',
    'lock.preparing': 'De vergrendeling wordt voorbereid… dit duurt een paar seconden.',
    'lock.recovery.title': 'Je herstelsleutel',
    'lock.recovery.explain':
      'Als je je wachtwoordzin vergeet, opent alleen deze sleutel je aantekeningen. Koers bewaart hem niet. Druk hem af of bewaar hem op een veilige plek, niet op dit apparaat.',
    'lock.recovery.save': 'Bewaren als bestand',
    'lock.recovery.saved': 'Ik heb de herstelsleutel bewaard of opgeschreven',
    'lock.recovery.savedRequired': 'Bevestig eerst dat je de herstelsleutel hebt bewaard.',
    'lock.recovery.fileText':
      'Herstelsleutel voor Koers\n\nDeze sleutel opent je aantekeningen in Koers op het apparaat waar je hem maakte, als je je wachtwoordzin vergeet.\nBewaar hem veilig en privé.\n\n{key}\n',
    'lock.turnOn': 'App-vergrendeling aanzetten',
    'lock.turningOn': 'Je aantekeningen worden versleuteld: {done} van {total} stappen.',
    'lock.turnedOn':
      'De app-vergrendeling staat aan. Browsers kunnen stukjes van eerdere, onversleutelde tekst nog een tijd in hun bestanden houden: ‘Oude sporen wissen’ hieronder haalt ze nu weg.',
    'lock.turnedOn.firstRun':
      'De app-vergrendeling staat aan. Wat je vanaf nu schrijft, wordt versleuteld bewaard.',
    'lock.lockNow': 'Nu vergrendelen',
    'lock.autoLock': 'Automatisch vergrendelen na',
    'lock.autoLock.minutes': '{n} min zonder gebruik',
    'lock.turnOff': 'App-vergrendeling uitzetten',
    'lock.turnOff.explain':
      'Je aantekeningen worden weer onversleuteld op dit apparaat bewaard. Vul je wachtwoordzin in om te bevestigen.',
    'lock.turningOff': 'Je aantekeningen worden ontsleuteld: {done} van {total} stappen.',
    'lock.turnedOff': 'De app-vergrendeling staat uit.',
    'lock.cancel': 'Annuleren',
    'lock.new.passphrase': 'Nieuwe wachtwoordzin voor de app-vergrendeling',
    'lock.new.hint':
      'Vier of meer woorden die je onthoudt. Je typt hem elke keer dat je Koers opent; vergeet je hem, dan helpt alleen de herstelsleutel.',
    'lock.new.repeat': 'Herhaal de wachtwoordzin',
    'lock.new.tooWeak': 'Deze wachtwoordzin is te makkelijk te raden. Gebruik meer woorden.',
    'lock.new.mismatch': 'De twee wachtwoordzinnen verschillen.',
    'lock.change.open': 'Wachtwoordzin wijzigen',
    'lock.change.explain':
      'Vul de wachtwoordzin in die je nu gebruikt (of je herstelsleutel), en dan de nieuwe. Je aantekeningen blijven zoals ze zijn: alleen de opgeslagen sleutel wordt opnieuw vergrendeld.',
    'lock.change.current': 'Huidige wachtwoordzin',
    'lock.change.submit': 'Nieuwe wachtwoordzin opslaan',
    'lock.change.busy': 'De wachtwoordzin wordt gewijzigd… dit duurt een paar seconden.',
    'lock.change.done':
      'De wachtwoordzin is gewijzigd. Gebruik de nieuwe bij de volgende keer ontgrendelen; je herstelsleutel werkt nog steeds.',
    'lock.change.failed':
      'De wachtwoordzin kon niet worden gewijzigd. {detail} De oude werkt nog steeds.',
    'lock.renew.open': 'Nieuwe herstelsleutel maken',
    'lock.renew.explain':
      'Voor een herstelsleutel die kwijt is of die iemand anders heeft gezien. Vul je wachtwoordzin in: de nieuwe sleutel wordt één keer getoond, en de oude werkt niet meer zodra je bevestigt dat je de nieuwe hebt bewaard.',
    'lock.renew.submit': 'Nieuwe sleutel maken',
    'lock.renew.busy': 'Er wordt een nieuwe herstelsleutel gemaakt… dit duurt een paar seconden.',
    'lock.renew.confirm': 'Nieuwe herstelsleutel gebruiken',
    'lock.renew.done': 'De nieuwe herstelsleutel is in gebruik. De oude opent Koers niet meer.',
    'lock.renew.failed':
      'De nieuwe herstelsleutel kon niet worden gemaakt. {detail} De oude werkt nog steeds.',
    'lock.damaged.title': 'Koers kan zijn vergrendelingsgegevens op dit apparaat niet lezen',
    'lock.damaged.explain':
      'Het gegeven dat zegt of de app-vergrendeling aanstaat, kon niet worden gelezen. Koers is gestopt voordat het je aantekeningen opende, zodat niets wat je schrijft op de verkeerde manier wordt bewaard.',
    'lock.damaged.nothingChanged':
      'Er is niets veranderd of verwijderd: je aantekeningen staan nog op dit apparaat zoals ze waren.',
    'lock.damaged.whatToDo': 'Wat je kunt doen',
    'lock.damaged.keep':
      'Laat dit apparaat zoals het is: wis de browsergegevens van Koers niet en verwijder de app niet.',
    'lock.damaged.contact':
      'Neem contact op met wie je helpt met Koers (je coach, of wie het voor je heeft ingesteld) en laat deze melding zien.',
    'lock.damaged.backup':
      'Heb je een back-up gemaakt, dan kun je die in Koers op een ander apparaat terugzetten en daar verdergaan.',
    'lock.damaged.help': 'Waar je nu hulp vindt',
    'lock.damaged.back': 'Terug naar de melding',
    'lock.turnFailed':
      'Dit kon niet worden afgemaakt. {detail} Er gaat niets verloren; Koers gaat verder bij de volgende keer ontgrendelen.',
    'lock.halfway.on':
      'De app-vergrendeling staat nog niet helemaal aan: een deel van de aantekeningen is versleuteld, de rest nog zoals het was. Er gaat niets verloren.',
    'lock.halfway.off':
      'De app-vergrendeling staat nog niet helemaal uit: een deel van de aantekeningen is geopend, de rest nog versleuteld. Er gaat niets verloren.',
    'lock.finish.on': 'App-vergrendeling verder aanzetten',
    'lock.finish.off': 'App-vergrendeling verder uitzetten',
    'lock.halfway.back': 'App-vergrendeling weer uitzetten',
    'lock.halfway.back.explain':
      'Lukt het afmaken steeds niet, dan kun je terug: wat al versleuteld is, wordt weer geopend en de app-vergrendeling staat uit. Vul je wachtwoordzin in om te bevestigen.',
  },
});

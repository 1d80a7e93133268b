// Messages of the share feature, loaded with its screens (not part of the first screen's JS).
import { defineMessages } from '../../i18n/define';

/** share messages in English and Dutch. */
export const shareMessages = defineMessages({
  en: {
    'share.title': 'Share and back up',
    'share.intro':
      'Everything stays on this device. A file you make here is encrypted; only someone with the key or the passphrase can open it.',
    'share.link.export': 'Send to my coach',
    'share.link.exportCoach': 'Send to a client',
    'share.link.backup': 'Make a backup',
    'share.link.import': 'Open a file',
    'share.loading': 'Loading…',
    'share.cancel': 'Cancel',
    'share.copied': 'Copied.',
    'share.copyFailed': 'Copying did not work. Select the text and copy it yourself.',
    'share.kind.clientExport': 'For my coach',
    'share.kind.backup': 'Backup',
    'share.kind.coachReturn': 'From the coach',
    'share.section.diary': 'Diary',
    'share.section.zkm': 'Self-investigation (ZKM)',
    'share.section.focusing': 'Focusing',
    'share.section.themes': 'Themes',
    'share.section.ownReport': 'Own report',
    'share.type.diaryEntries': 'Diary forms',
    'share.type.investigations': 'Self-investigations',
    'share.type.valuations': 'Valuations',
    'share.type.affectLists': 'Affect lists',
    'share.type.focusingSessions': 'Focusing sessions',
    'share.type.themes': 'Themes',
    'share.type.ownReports': 'Own reports',
    'share.type.coachNotes': 'Coach notes',
    'share.type.assignments': 'Assignments',
    'share.type.questionSets': 'Question sets',
    'share.type.discussions': 'Discussions of results',
    'share.type.helpContacts': "Your coach's contact for the help page",
    'share.section.coach': 'Notes, assignments and question sets from the coach',
    'share.export.title': 'Make a file',
    'share.export.kind': 'What is the file for?',
    'share.export.backupAll':
      'A backup holds everything on this device, private entries included, so you can restore it on a new phone.',
    'share.export.what': 'What to share',
    'share.export.all': 'Everything',
    'share.export.range': 'A period',
    'share.export.sections': 'Some parts',
    'share.export.from': 'From',
    'share.export.to': 'To',
    'share.export.rangeHint':
      'Diary forms, focusing sessions and self-investigations from this period. Themes and your own report always go along.',
    'share.export.rangeError': 'The start date is after the end date.',
    'share.export.sectionsLegend': 'Parts to share',
    'share.export.sectionsError': 'Choose at least one part.',
    'share.export.protection': 'How to protect the file',
    'share.export.toCoach': "With my coach's key",
    'share.export.toOwnKey': "With this device's key",
    'share.export.withPassphrase': 'With a passphrase',
    'share.export.toCoachExplain':
      'Only your coach (code {fingerprint}) and this device can open the file. No passphrase needed.',
    'share.export.ownKeyWarning':
      "Only this device can open it, unless you keep a copy of this device's key (see Keys). For a new phone, a passphrase is safer.",
    'share.export.noCoachCode': "Add your coach's code to send without a passphrase:",
    'share.export.armor': 'Also as text, for chat apps',
    'share.export.summary': 'What goes',
    'share.export.includeExamples': 'Include the example data (the fictional client)',
    'share.export.examplesIncluded.one': 'Of these, {count} item is example data.',
    'share.export.examplesIncluded.other': 'Of these, {count} items are example data.',
    'share.export.examplesLeft.one': '{count} item of example data stays on this device.',
    'share.export.examplesLeft.other': '{count} items of example data stay on this device.',
    'share.export.nothing': 'There is nothing to share with this choice.',
    'share.export.privateLeft': '{count} entries you marked private stay on this device.',
    'share.export.rangeSummary': 'Period: {from} to {to}',
    'share.export.make': 'Make the file',
    'share.passphrase.legend': 'Passphrase',
    'share.passphrase.generated': 'Six words made for me',
    'share.passphrase.own': 'My own passphrase',
    'share.passphrase.showOnce':
      'Write this passphrase down or copy it now. It is shown only here and cannot be looked up later.',
    'share.passphrase.copy': 'Copy the passphrase',
    'share.passphrase.newWords': 'Other words',
    'share.passphrase.ownLabel': 'Your passphrase',
    'share.passphrase.ownHint': 'Several words you will remember, not a single word.',
    'share.passphrase.repeat': 'Type it again',
    'share.passphrase.mismatch': 'The two passphrases differ.',
    'share.passphrase.otherChannel':
      'Send the passphrase by another way than the file: say it in a session or by phone, not in the same message.',
    'share.passphrase.noRecovery':
      'A lost passphrase cannot be recovered by anyone. Without it the file cannot be opened.',
    'share.strength.label': 'Strength of the passphrase',
    'share.strength.tooWeak': 'Too weak',
    'share.strength.weak': 'Weak: add a word or two',
    'share.strength.fair': 'Fair',
    'share.strength.strong': 'Strong',
    'share.strength.tooWeakError': 'This passphrase is too easy to guess. Use more words.',
    'share.progress.working': 'Working…',
    'share.progress.derivingKey': 'Securing the passphrase (this takes a few seconds)…',
    'share.progress.encrypting': 'Encrypting…',
    'share.progress.decrypting': 'Decrypting…',
    'share.progress.compressing': 'Packing…',
    'share.progress.decompressing': 'Unpacking…',
    'share.progress.validating': 'Checking the contents…',
    'share.result.title': 'The file is ready',
    'share.result.ready': 'Made: {name}',
    'share.result.share': 'Share',
    'share.result.shared': 'Shared.',
    'share.result.shareFailed': 'Sharing did not work. Download the file instead.',
    'share.result.download': 'Download',
    'share.result.armored': 'The file as text',
    'share.result.copyText': 'Copy the text',
    'share.result.passphrase': 'The file is protected with this passphrase:',
    'share.import.title': 'Open a file',
    'share.import.pick': 'Choose a file',
    'share.import.drop': 'Or drop a .koers file here.',
    'share.import.paste': 'Or paste the text of a file',
    'share.import.pasteHint': 'Text that starts with -----BEGIN AGE ENCRYPTED FILE-----',
    'share.import.openText': 'Open the text',
    'share.import.inboxFailed': 'The shared file did not arrive. Share it again or choose it here.',
    'share.import.inboxGone':
      'The shared file is no longer here. Share it again or choose it here.',
    'share.import.passphraseTitle': 'This file is protected with a passphrase',
    'share.import.passphrase': 'Passphrase',
    'share.import.open': 'Open',
    'share.import.previewTitle': 'What this file holds',
    'share.import.from': 'From',
    'share.import.unnamed': 'No name given',
    'share.import.made': 'Made on',
    'share.import.kind': 'Kind',
    'share.import.tableCaption': 'Records per type: new, updated, unchanged and left alone',
    'share.import.colType': 'Type',
    'share.import.colNew': 'New',
    'share.import.colUpdated': 'Updated',
    'share.import.colUnchanged': 'Unchanged',
    'share.import.colSkipped': 'Left alone',
    'share.import.empty': 'The file holds no records.',
    'share.import.adopt':
      'This backup becomes the data of this device: new entries will continue where the backup left off.',
    'share.import.signature': 'Signature',
    'share.import.sigOwn': 'Signed by this device.',
    'share.import.sigPinned':
      'Signed with the key of {name} this device has known since {date}. Fingerprint: {fingerprint}.',
    'share.import.sigCoachCode':
      'Signed with your coach’s key, the one in the coach code you added. Fingerprint: {fingerprint}.',
    'share.import.sigFirst':
      'Signed. This is the first file from {name} on this device: its key will be remembered, and a later file that claims to be from {name} with another key will be refused.',
    'share.import.sigCompare':
      'Fingerprint: {fingerprint}. Compare it aloud with {name}; it is on their Keys screen.',
    'share.import.sigAdopted':
      'Signed by the device the backup was made on (fingerprint {fingerprint}). This device takes over its key and goes on signing as that device.',
    'share.import.sigNone':
      'Not signed. This file cannot show who made it: anyone who has your key or the passphrase could have made it. Files made before Koers signed its files look like this.',
    'share.import.unsignedConfirm': 'I know where this file comes from; import it anyway',
    'share.import.unsignedNeeded': 'Confirm that you know where this file comes from, or cancel.',
    'share.import.confirmHint':
      'Nothing has changed yet. Newer data on this device is never overwritten by older data.',
    'share.import.confirm': 'Import',
    'share.import.doneTitle': 'Imported',
    'share.import.toClient': 'Go to {name}',
    'share.import.restoreAnotherKey': 'Restore or add another key',
    'share.import.done':
      '{added} new, {updated} updated, {unchanged} unchanged, {skipped} left alone.',
    'share.import.another': 'Open another file',
    'share.import.failedTitle': 'The file could not be opened',
    'share.import.nothingChanged': 'Nothing on this device has changed.',
    'share.import.tryAnother': 'Try again',
    'share.error.notABundle': 'This is not a Koers file.',
    'share.error.workerFailed':
      'The encryption part of Koers stopped before it was done, perhaps because the device ran short of memory. Nothing was saved. Close other apps and try again.',
    'share.error.damaged':
      'The file is damaged or incomplete. Ask for it again, or download it once more.',
    'share.error.wrongPassphrase':
      'The passphrase is not correct, or the file is damaged. Check the passphrase and try again.',
    'share.error.needsKey': 'This file is not protected with a passphrase but with a key.',
    'share.error.needsPassphrase': 'This file is protected with a passphrase, not with a key.',
    'share.error.notForYourKey': 'This file was not encrypted for your key, or it is damaged.',
    'share.error.yourKeys': 'Your key: {list}. Compare it with the person who made the file.',
    'share.error.noKey':
      'This file was encrypted for a key, and this device has none yet. Add or restore your key under Keys.',
    'share.error.newerVersion':
      'This file was made by a newer version of Koers. Update the app, then open it again.',
    'share.error.invalidContents': 'The file opens, but its contents are not valid Koers data.',
    'share.error.where': 'What is wrong: {path}',
    'share.error.invalidField':
      '{type}, record {number}: the field “{field}” does not hold a valid value.',
    'share.error.invalidRecord': '{type}, record {number} is not a valid record.',
    'share.error.foreignRecord':
      '{type}, record {number} belongs to someone other than the sender of the file, so it cannot be imported.',
    'share.error.countMismatch':
      'The file does not hold as many {type} as it says: it is incomplete or was changed.',
    'share.error.tooLarge': 'This file is larger than Koers accepts.',
    'share.error.fileTooLarge': 'Koers opens files up to {max}.',
    'share.error.unpackedTooLarge': 'Unpacked, its contents would be larger than {max}.',
    'share.error.headerTooLarge': 'Its header alone is larger than {max}.',
    'share.error.workFactor':
      'The passphrase protection of this file asks for more computing work than Koers allows; opening it could stall this device.',
    'share.error.workFactorDetail': 'The file asks for {actual}, at most {max} is allowed.',
    'share.error.textTooLong': 'This file holds a text longer than Koers accepts.',
    'share.error.textTooLongDetail': '{actual} characters, at most {max}.',
    'share.error.tooManyRecords': 'This file holds more records than Koers accepts.',
    'share.error.tooManyOfType': '{actual} {type}, at most {max}.',
    'share.error.tooManyTotal': '{actual} records in all, at most {max}.',
    'share.error.badSignature':
      'The signature of this file does not match its contents: it was changed after it was signed, or it was not made by Koers.',
    'share.error.senderKeyChanged':
      'This file says it is from {name}, but it is signed with another key than the files from {name} this device knows. It may have been made by someone else.',
    'share.error.ownKeyChanged':
      'This file says it comes from this device, but it is not signed with this device’s key. It may have been made by someone else.',
    'share.error.coachKeyChanged':
      'This file says it is from your coach ({name}), but it is not signed with the key in the coach code you added. It may have been made by someone else.',
    'share.error.keyFingerprints': 'Known key: {expected}. This file’s key: {actual}.',
    'share.error.fileKeyOnly': 'This file’s key: {actual}.',
    'share.error.keyChangedHelp':
      'If {name} really set up a new device, compare the new fingerprint with them and then forget the old key under Keys.',
    'share.error.unsignedKnownSender':
      'This file says it is from {name}, whose files to this device are signed, but this one is not signed. It may have been made by someone else.',
    'share.error.unsignedOwn':
      'This file says it comes from this device, but it is not signed, and files from this device are.',
    'share.error.unsignedOwnHelp':
      'A backup made before Koers signed its files can be restored only on a device without data of its own.',
    'share.error.notOwnBackup':
      'This is a backup of another device. A backup is restored only on the device that made it, or on a device without data of its own, and this device has data.',
    'share.error.coachBackupOnClient':
      'This is a backup of a coach’s device, and this device is set up for a client.',
    'share.error.clientBackupOnCoach':
      'This is a backup of a client’s device, and this device is set up for a coach.',
    'share.error.repeatedId':
      '{type}, record {number}: its id is repeated (an earlier record has the same id).',
    'share.error.unknownType': 'It holds a kind of record Koers does not know: {path}.',
    'share.error.missingType': 'It lacks the list of {type}.',
    'share.error.notAList': '{type}: the records are not a list.',
    'share.error.recordsNotByType':
      'Its records are one list instead of one list per kind of record.',
    'share.error.typeNotAllowed': '{type}: a file of the kind “{kind}” may not carry these.',
    'share.error.notAddressedHere':
      '{type}, record {number} is meant for another person than this device’s profile.',
    'share.error.noteNotForClient': 'Coach notes, record {number} is not marked for the client.',
    'share.error.backupOnly': 'It carries something only a backup carries: {path}.',
    'share.keys.title': 'Keys',
    'share.keys.coachTitle': 'Your coach key',
    'share.keys.noCoachKey':
      'With a coach key, clients can send you files without a passphrase. Only you can open them.',
    'share.keys.generate': 'Make a coach key',
    'share.keys.backupFirst':
      'Back up your key before you use it: save the key file with a passphrase. Without it, a lost device means clients’ files cannot be opened.',
    'share.keys.downloadKey': 'Download the key file',
    'share.keys.storedSafely': 'I have stored the key file and its passphrase safely',
    'share.keys.confirmBackup': 'Done, show my coach code',
    'share.keys.keySaved': 'The key file was saved.',
    'share.keys.backupAgain': 'Save the key file again',
    'share.keys.codeExplain':
      'Give this coach code to your clients. It is public: it can only lock files for you, not open them.',
    'share.keys.copyCode': 'Copy the coach code',
    'share.keys.qrLabel': 'QR code of your coach code',
    'share.keys.fingerprint': 'Fingerprint:',
    'share.keys.keyFile': 'Key file',
    'share.keys.restoreButton': 'Restore',
    'share.keys.coachCodeTitle': "Your coach's code",
    'share.keys.coachCodeSet': 'Files for your coach are encrypted to the code with fingerprint',
    'share.keys.removeCode': 'Remove the coach code',
    'share.keys.codeLabel': 'Coach code',
    'share.keys.codeHint': 'Starts with age1. Your coach gives it to you.',
    'share.keys.codeInvalid': 'This is not a valid coach code. Copy it again, completely.',
    'share.keys.checkCode': 'Check the code',
    'share.keys.compare': 'Compare this fingerprint with your coach, for example in a session:',
    'share.keys.compared': 'My coach sees the same fingerprint',
    'share.keys.saveCode': 'Save the coach code',
    'share.keys.ownTitle': "This device's key",
    'share.keys.ownExplain':
      'Files for your coach are also encrypted to this key, so you can open your own files again.',
    'share.keys.ownBackup': 'Save a copy of this key',
    'share.keys.signingTitle': 'This device’s signature',
    'share.keys.signingExplain':
      'Every file this device makes is signed, so whoever opens it can tell it comes from you. When someone opens your first file, compare this fingerprint aloud with them.',
    'share.keys.signingFingerprint': 'Signature fingerprint:',
    'share.keys.codeSigns':
      'This code also carries your coach’s signature key: files from your coach are checked against it.',
    'share.keys.coachSigning': 'Your coach’s signature fingerprint:',
    'share.keys.pinnedTitle': 'Keys this device remembers',
    'share.keys.pinnedExplain':
      'The first signed file from someone fixes their key here, and a later file that claims to be from them with another key is refused. Forget a key only when that person really set up a new device and you compared the new fingerprint with them.',
    'share.keys.pinnedNone': 'None yet.',
    'share.keys.pinnedItem': '{name}: {fingerprint}, since {date}',
    'share.keys.forget': 'Forget the key of {name}',
    'share.keys.forgotten':
      'The key of {name} is forgotten. Their next signed file will be remembered.',
    'share.backup.title': 'Backup',
    'share.backup.last': 'Last backup: {date}',
    'share.backup.never': 'No backup made yet.',
    'share.backup.reminder':
      'Your last backup is more than two weeks old and you have new entries.',
    'share.backup.reminderNever': 'You have entries that are in no backup yet.',
    'share.backup.makeNow': 'Make a backup now',
    'share.restore.title': 'New device?',
    'share.restore.text': 'There is no data here yet. If you have a backup, you can restore it.',
    'share.restore.action': 'Restore a backup',
  },
  nl: {
    'share.title': 'Delen en back-up',
    'share.intro':
      'Alles blijft op dit apparaat. Een bestand dat je hier maakt is versleuteld; alleen wie de sleutel of het wachtwoord heeft, kan het openen.',
    'share.link.export': 'Naar mijn coach sturen',
    'share.link.exportCoach': 'Naar een cliënt sturen',
    'share.link.backup': 'Back-up maken',
    'share.link.import': 'Bestand openen',
    'share.loading': 'Laden…',
    'share.cancel': 'Annuleren',
    'share.copied': 'Gekopieerd.',
    'share.copyFailed': 'Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.',
    'share.kind.clientExport': 'Voor mijn coach',
    'share.kind.backup': 'Back-up',
    'share.kind.coachReturn': 'Van de coach',
    'share.section.diary': 'Dagboek',
    'share.section.zkm': 'Zelfonderzoek (ZKM)',
    'share.section.focusing': 'Focusing',
    'share.section.themes': 'Thema’s',
    'share.section.ownReport': 'Eigen verslag',
    'share.type.diaryEntries': 'Dagboekformulieren',
    'share.type.investigations': 'Zelfonderzoeken',
    'share.type.valuations': 'Waarderingen',
    'share.type.affectLists': 'Gevoelslijsten',
    'share.type.focusingSessions': 'Focussessies',
    'share.type.themes': 'Thema’s',
    'share.type.ownReports': 'Eigen verslagen',
    'share.type.coachNotes': 'Notities van de coach',
    'share.type.assignments': 'Opdrachten',
    'share.type.questionSets': 'Vragensets',
    'share.type.discussions': 'Besprekingen van uitslagen',
    'share.type.helpContacts': 'Contactgegevens van je coach voor de hulppagina',
    'share.section.coach': 'Notities, opdrachten en vragensets van de coach',
    'share.export.title': 'Bestand maken',
    'share.export.kind': 'Waar is het bestand voor?',
    'share.export.backupAll':
      'Een back-up bevat alles op dit apparaat, ook privé-notities, zodat je het op een nieuwe telefoon kunt terugzetten.',
    'share.export.what': 'Wat wil je delen',
    'share.export.all': 'Alles',
    'share.export.range': 'Een periode',
    'share.export.sections': 'Sommige onderdelen',
    'share.export.from': 'Van',
    'share.export.to': 'Tot en met',
    'share.export.rangeHint':
      'Dagboekformulieren, focussessies en zelfonderzoeken uit deze periode. Thema’s en je eigen verslag gaan altijd mee.',
    'share.export.rangeError': 'De begindatum ligt na de einddatum.',
    'share.export.sectionsLegend': 'Onderdelen om te delen',
    'share.export.sectionsError': 'Kies minstens één onderdeel.',
    'share.export.protection': 'Hoe het bestand beveiligen',
    'share.export.toCoach': 'Met de sleutel van mijn coach',
    'share.export.toOwnKey': 'Met de sleutel van dit apparaat',
    'share.export.withPassphrase': 'Met een wachtwoordzin',
    'share.export.toCoachExplain':
      'Alleen je coach (code {fingerprint}) en dit apparaat kunnen het bestand openen. Geen wachtwoordzin nodig.',
    'share.export.ownKeyWarning':
      'Alleen dit apparaat kan het openen, tenzij je een kopie van de sleutel van dit apparaat bewaart (zie Sleutels). Voor een nieuwe telefoon is een wachtwoordzin veiliger.',
    'share.export.noCoachCode': 'Voeg de code van je coach toe om zonder wachtwoordzin te sturen:',
    'share.export.armor': 'Ook als tekst, voor chat-apps',
    'share.export.summary': 'Wat er meegaat',
    'share.export.includeExamples': 'Voorbeeldgegevens meesturen (de fictieve cliënt)',
    'share.export.examplesIncluded.one': 'Daarvan hoort {count} item bij de voorbeeldgegevens.',
    'share.export.examplesIncluded.other': 'Daarvan horen {count} items bij de voorbeeldgegevens.',
    'share.export.examplesLeft.one':
      '{count} item van de voorbeeldgegevens blijft op dit apparaat.',
    'share.export.examplesLeft.other':
      '{count} items van de voorbeeldgegevens blijven op dit apparaat.',
    'share.export.nothing': 'Met deze keuze is er niets om te delen.',
    'share.export.privateLeft':
      '{count} notities die je privé hebt gemaakt blijven op dit apparaat.',
    'share.export.rangeSummary': 'Periode: {from} tot en met {to}',
    'share.export.make': 'Bestand maken',
    'share.passphrase.legend': 'Wachtwoordzin',
    'share.passphrase.generated': 'Zes woorden voor mij gemaakt',
    'share.passphrase.own': 'Mijn eigen wachtwoordzin',
    'share.passphrase.showOnce':
      'Schrijf deze wachtwoordzin nu op of kopieer hem. Hij staat alleen hier en is later niet meer op te zoeken.',
    'share.passphrase.copy': 'Wachtwoordzin kopiëren',
    'share.passphrase.newWords': 'Andere woorden',
    'share.passphrase.ownLabel': 'Je wachtwoordzin',
    'share.passphrase.ownHint': 'Een paar woorden die je onthoudt, niet één woord.',
    'share.passphrase.repeat': 'Typ hem nog een keer',
    'share.passphrase.mismatch': 'De twee wachtwoordzinnen verschillen.',
    'share.passphrase.otherChannel':
      'Stuur de wachtwoordzin op een andere manier dan het bestand: zeg hem in een sessie of aan de telefoon, niet in hetzelfde bericht.',
    'share.passphrase.noRecovery':
      'Een verloren wachtwoordzin kan door niemand worden hersteld. Zonder hem gaat het bestand niet open.',
    'share.strength.label': 'Sterkte van de wachtwoordzin',
    'share.strength.tooWeak': 'Te zwak',
    'share.strength.weak': 'Zwak: voeg een woord of twee toe',
    'share.strength.fair': 'Redelijk',
    'share.strength.strong': 'Sterk',
    'share.strength.tooWeakError':
      'Deze wachtwoordzin is te makkelijk te raden. Gebruik meer woorden.',
    'share.progress.working': 'Bezig…',
    'share.progress.derivingKey': 'Wachtwoordzin beveiligen (dit duurt een paar seconden)…',
    'share.progress.encrypting': 'Versleutelen…',
    'share.progress.decrypting': 'Ontsleutelen…',
    'share.progress.compressing': 'Inpakken…',
    'share.progress.decompressing': 'Uitpakken…',
    'share.progress.validating': 'Inhoud controleren…',
    'share.result.title': 'Het bestand is klaar',
    'share.result.ready': 'Gemaakt: {name}',
    'share.result.share': 'Delen',
    'share.result.shared': 'Gedeeld.',
    'share.result.shareFailed': 'Delen lukte niet. Download het bestand in plaats daarvan.',
    'share.result.download': 'Downloaden',
    'share.result.armored': 'Het bestand als tekst',
    'share.result.copyText': 'Tekst kopiëren',
    'share.result.passphrase': 'Het bestand is beveiligd met deze wachtwoordzin:',
    'share.import.title': 'Bestand openen',
    'share.import.pick': 'Kies een bestand',
    'share.import.drop': 'Of sleep een .koers-bestand hierheen.',
    'share.import.paste': 'Of plak de tekst van een bestand',
    'share.import.pasteHint': 'Tekst die begint met -----BEGIN AGE ENCRYPTED FILE-----',
    'share.import.openText': 'Tekst openen',
    'share.import.inboxFailed':
      'Het gedeelde bestand is niet aangekomen. Deel het opnieuw of kies het hier.',
    'share.import.inboxGone':
      'Het gedeelde bestand is er niet meer. Deel het opnieuw of kies het hier.',
    'share.import.passphraseTitle': 'Dit bestand is beveiligd met een wachtwoordzin',
    'share.import.passphrase': 'Wachtwoordzin',
    'share.import.open': 'Openen',
    'share.import.previewTitle': 'Wat er in dit bestand staat',
    'share.import.from': 'Van',
    'share.import.unnamed': 'Geen naam opgegeven',
    'share.import.made': 'Gemaakt op',
    'share.import.kind': 'Soort',
    'share.import.tableCaption':
      'Gegevens per soort: nieuw, bijgewerkt, ongewijzigd en ongemoeid gelaten',
    'share.import.colType': 'Soort',
    'share.import.colNew': 'Nieuw',
    'share.import.colUpdated': 'Bijgewerkt',
    'share.import.colUnchanged': 'Ongewijzigd',
    'share.import.colSkipped': 'Ongemoeid',
    'share.import.empty': 'Het bestand bevat geen gegevens.',
    'share.import.adopt':
      'Deze back-up wordt de inhoud van dit apparaat: nieuwe notities gaan verder waar de back-up ophield.',
    'share.import.signature': 'Handtekening',
    'share.import.sigOwn': 'Ondertekend door dit apparaat.',
    'share.import.sigPinned':
      'Ondertekend met de sleutel van {name} die dit apparaat kent sinds {date}. Vingerafdruk: {fingerprint}.',
    'share.import.sigCoachCode':
      'Ondertekend met de sleutel van je coach, die uit de coachcode die je toevoegde. Vingerafdruk: {fingerprint}.',
    'share.import.sigFirst':
      'Ondertekend. Dit is het eerste bestand van {name} op dit apparaat: de sleutel wordt onthouden, en een later bestand dat zegt van {name} te komen met een andere sleutel wordt geweigerd.',
    'share.import.sigCompare':
      'Vingerafdruk: {fingerprint}. Vergelijk hem hardop met {name}; die staat op het scherm Sleutels.',
    'share.import.sigAdopted':
      'Ondertekend door het apparaat waarop de back-up is gemaakt (vingerafdruk {fingerprint}). Dit apparaat neemt die sleutel over en ondertekent voortaan als dat apparaat.',
    'share.import.sigNone':
      'Niet ondertekend. Dit bestand kan niet laten zien wie het maakte: iedereen met jouw sleutel of de wachtwoordzin kan het gemaakt hebben. Bestanden van voordat Koers zijn bestanden ondertekende, zien er zo uit.',
    'share.import.unsignedConfirm': 'Ik weet waar dit bestand vandaan komt; toch importeren',
    'share.import.unsignedNeeded':
      'Bevestig dat je weet waar dit bestand vandaan komt, of annuleer.',
    'share.import.confirmHint':
      'Er is nog niets veranderd. Nieuwere gegevens op dit apparaat worden nooit overschreven door oudere.',
    'share.import.confirm': 'Importeren',
    'share.import.doneTitle': 'Geïmporteerd',
    'share.import.toClient': 'Naar {name}',
    'share.import.restoreAnotherKey': 'Een andere sleutel terugzetten of toevoegen',
    'share.import.done':
      '{added} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd, {skipped} ongemoeid gelaten.',
    'share.import.another': 'Nog een bestand openen',
    'share.import.failedTitle': 'Het bestand kon niet worden geopend',
    'share.import.nothingChanged': 'Er is niets veranderd op dit apparaat.',
    'share.import.tryAnother': 'Opnieuw proberen',
    'share.error.notABundle': 'Dit is geen Koers-bestand.',
    'share.error.workerFailed':
      'Het versleutelingsdeel van Koers is gestopt voordat het klaar was, misschien doordat het apparaat te weinig geheugen had. Er is niets opgeslagen. Sluit andere apps en probeer het opnieuw.',
    'share.error.damaged':
      'Het bestand is beschadigd of onvolledig. Vraag het opnieuw op, of download het nog eens.',
    'share.error.wrongPassphrase':
      'De wachtwoordzin klopt niet, of het bestand is beschadigd. Controleer de wachtwoordzin en probeer het opnieuw.',
    'share.error.needsKey':
      'Dit bestand is niet met een wachtwoordzin beveiligd maar met een sleutel.',
    'share.error.needsPassphrase':
      'Dit bestand is met een wachtwoordzin beveiligd, niet met een sleutel.',
    'share.error.notForYourKey':
      'Dit bestand is niet voor jouw sleutel versleuteld, of het is beschadigd.',
    'share.error.yourKeys':
      'Jouw sleutel: {list}. Vergelijk hem met degene die het bestand maakte.',
    'share.error.noKey':
      'Dit bestand is voor een sleutel versleuteld, en dit apparaat heeft er nog geen. Voeg je sleutel toe of zet hem terug onder Sleutels.',
    'share.error.newerVersion':
      'Dit bestand is gemaakt met een nieuwere versie van Koers. Werk de app bij en open het dan opnieuw.',
    'share.error.invalidContents':
      'Het bestand gaat open, maar de inhoud is geen geldige Koers-data.',
    'share.error.where': 'Wat er mis is: {path}',
    'share.error.invalidField':
      '{type}, nummer {number}: het veld “{field}” bevat geen geldige waarde.',
    'share.error.invalidRecord': '{type}, nummer {number} is ongeldig.',
    'share.error.foreignRecord':
      '{type}, nummer {number} is van iemand anders dan de afzender van het bestand en kan daarom niet worden geïmporteerd.',
    'share.error.countMismatch':
      'Het bestand bevat niet zoveel {type} als het zegt: het is onvolledig of veranderd.',
    'share.error.tooLarge': 'Dit bestand is groter dan Koers aanneemt.',
    'share.error.fileTooLarge': 'Koers opent bestanden tot {max}.',
    'share.error.unpackedTooLarge': 'Uitgepakt zou de inhoud groter zijn dan {max}.',
    'share.error.headerTooLarge': 'Alleen de kop is al groter dan {max}.',
    'share.error.workFactor':
      'De beveiliging met wachtwoordzin van dit bestand vraagt meer rekenwerk dan Koers toestaat; openen zou dit apparaat kunnen laten vastlopen.',
    'share.error.workFactorDetail': 'Het bestand vraagt {actual}, hoogstens {max} is toegestaan.',
    'share.error.textTooLong': 'Dit bestand bevat een tekst die langer is dan Koers aanneemt.',
    'share.error.textTooLongDetail': '{actual} tekens, hoogstens {max}.',
    'share.error.tooManyRecords': 'Dit bestand bevat meer gegevens dan Koers aanneemt.',
    'share.error.tooManyOfType': '{actual} {type}, hoogstens {max}.',
    'share.error.tooManyTotal': '{actual} gegevens in totaal, hoogstens {max}.',
    'share.error.badSignature':
      'De handtekening van dit bestand past niet bij de inhoud: het is na het ondertekenen veranderd, of niet door Koers gemaakt.',
    'share.error.senderKeyChanged':
      'Dit bestand zegt van {name} te komen, maar het is ondertekend met een andere sleutel dan de bestanden van {name} die dit apparaat kent. Misschien heeft iemand anders het gemaakt.',
    'share.error.ownKeyChanged':
      'Dit bestand zegt van dit apparaat te komen, maar het is niet ondertekend met de sleutel van dit apparaat. Misschien heeft iemand anders het gemaakt.',
    'share.error.coachKeyChanged':
      'Dit bestand zegt van je coach ({name}) te komen, maar het is niet ondertekend met de sleutel uit de coachcode die je toevoegde. Misschien heeft iemand anders het gemaakt.',
    'share.error.keyFingerprints':
      'Bekende sleutel: {expected}. Sleutel van dit bestand: {actual}.',
    'share.error.fileKeyOnly': 'Sleutel van dit bestand: {actual}.',
    'share.error.keyChangedHelp':
      'Heeft {name} echt een nieuw apparaat, vergelijk dan samen de nieuwe vingerafdruk en vergeet daarna de oude sleutel onder Sleutels.',
    'share.error.unsignedKnownSender':
      'Dit bestand zegt van {name} te komen, van wie de bestanden op dit apparaat ondertekend zijn, maar dit bestand is niet ondertekend. Misschien heeft iemand anders het gemaakt.',
    'share.error.unsignedOwn':
      'Dit bestand zegt van dit apparaat te komen, maar het is niet ondertekend, en bestanden van dit apparaat zijn dat wel.',
    'share.error.unsignedOwnHelp':
      'Een back-up van voordat Koers zijn bestanden ondertekende, kan alleen worden teruggezet op een apparaat zonder eigen gegevens.',
    'share.error.notOwnBackup':
      'Dit is een back-up van een ander apparaat. Een back-up wordt alleen teruggezet op het apparaat dat hem maakte, of op een apparaat zonder eigen gegevens, en op dit apparaat staan gegevens.',
    'share.error.coachBackupOnClient':
      'Dit is een back-up van het apparaat van een coach, en dit apparaat is ingesteld voor een cliënt.',
    'share.error.clientBackupOnCoach':
      'Dit is een back-up van het apparaat van een cliënt, en dit apparaat is ingesteld voor een coach.',
    'share.error.repeatedId':
      '{type}, nummer {number}: de id komt twee keer voor (een eerder gegeven heeft dezelfde id).',
    'share.error.unknownType': 'Het bevat een soort gegevens die Koers niet kent: {path}.',
    'share.error.missingType': 'De lijst met {type} ontbreekt.',
    'share.error.notAList': '{type}: de gegevens staan niet in een lijst.',
    'share.error.recordsNotByType':
      'De gegevens staan in één lijst in plaats van in een lijst per soort.',
    'share.error.typeNotAllowed':
      '{type}: een bestand van de soort “{kind}” mag deze niet bevatten.',
    'share.error.notAddressedHere':
      '{type}, nummer {number} is bedoeld voor iemand anders dan het profiel van dit apparaat.',
    'share.error.noteNotForClient':
      'Coachnotities, nummer {number} is niet bestemd voor de cliënt.',
    'share.error.backupOnly': 'Het bevat iets wat alleen een back-up bevat: {path}.',
    'share.keys.title': 'Sleutels',
    'share.keys.coachTitle': 'Je coachsleutel',
    'share.keys.noCoachKey':
      'Met een coachsleutel kunnen cliënten je bestanden sturen zonder wachtwoordzin. Alleen jij kunt ze openen.',
    'share.keys.generate': 'Coachsleutel maken',
    'share.keys.backupFirst':
      'Maak een back-up van je sleutel voordat je hem gebruikt: bewaar het sleutelbestand met een wachtwoordzin. Zonder back-up zijn bestanden van cliënten niet meer te openen als je apparaat verloren gaat.',
    'share.keys.downloadKey': 'Sleutelbestand downloaden',
    'share.keys.storedSafely': 'Ik heb het sleutelbestand en de wachtwoordzin veilig bewaard',
    'share.keys.confirmBackup': 'Klaar, toon mijn coachcode',
    'share.keys.keySaved': 'Het sleutelbestand is opgeslagen.',
    'share.keys.backupAgain': 'Sleutelbestand opnieuw bewaren',
    'share.keys.codeExplain':
      'Geef deze coachcode aan je cliënten. Hij is openbaar: hij kan bestanden alleen voor jou op slot doen, niet openen.',
    'share.keys.copyCode': 'Coachcode kopiëren',
    'share.keys.qrLabel': 'QR-code van je coachcode',
    'share.keys.fingerprint': 'Vingerafdruk:',
    'share.keys.keyFile': 'Sleutelbestand',
    'share.keys.restoreButton': 'Terugzetten',
    'share.keys.coachCodeTitle': 'De code van je coach',
    'share.keys.coachCodeSet':
      'Bestanden voor je coach worden versleuteld voor de code met vingerafdruk',
    'share.keys.removeCode': 'Coachcode verwijderen',
    'share.keys.codeLabel': 'Coachcode',
    'share.keys.codeHint': 'Begint met age1. Je coach geeft hem aan je.',
    'share.keys.codeInvalid': 'Dit is geen geldige coachcode. Kopieer hem opnieuw, helemaal.',
    'share.keys.checkCode': 'Code controleren',
    'share.keys.compare': 'Vergelijk deze vingerafdruk met je coach, bijvoorbeeld in een sessie:',
    'share.keys.compared': 'Mijn coach ziet dezelfde vingerafdruk',
    'share.keys.saveCode': 'Coachcode bewaren',
    'share.keys.ownTitle': 'De sleutel van dit apparaat',
    'share.keys.ownExplain':
      'Bestanden voor je coach worden ook voor deze sleutel versleuteld, zodat je je eigen bestanden weer kunt openen.',
    'share.keys.ownBackup': 'Een kopie van deze sleutel bewaren',
    'share.keys.signingTitle': 'De handtekening van dit apparaat',
    'share.keys.signingExplain':
      'Elk bestand dat dit apparaat maakt, wordt ondertekend, zodat wie het opent kan zien dat het van jou komt. Vergelijk deze vingerafdruk hardop als iemand je eerste bestand opent.',
    'share.keys.signingFingerprint': 'Vingerafdruk van de handtekening:',
    'share.keys.codeSigns':
      'Deze code bevat ook de handtekeningsleutel van je coach: bestanden van je coach worden daarmee gecontroleerd.',
    'share.keys.coachSigning': 'Vingerafdruk van de handtekening van je coach:',
    'share.keys.pinnedTitle': 'Sleutels die dit apparaat onthoudt',
    'share.keys.pinnedExplain':
      'Het eerste ondertekende bestand van iemand legt hier diens sleutel vast, en een later bestand dat zegt van die persoon te komen met een andere sleutel wordt geweigerd. Vergeet een sleutel alleen als die persoon echt een nieuw apparaat heeft en je de nieuwe vingerafdruk met hem of haar hebt vergeleken.',
    'share.keys.pinnedNone': 'Nog geen.',
    'share.keys.pinnedItem': '{name}: {fingerprint}, sinds {date}',
    'share.keys.forget': 'Sleutel van {name} vergeten',
    'share.keys.forgotten':
      'De sleutel van {name} is vergeten. Het volgende ondertekende bestand wordt weer onthouden.',
    'share.backup.title': 'Back-up',
    'share.backup.last': 'Laatste back-up: {date}',
    'share.backup.never': 'Nog geen back-up gemaakt.',
    'share.backup.reminder':
      'Je laatste back-up is meer dan twee weken oud en je hebt nieuwe notities.',
    'share.backup.reminderNever': 'Je hebt notities die nog in geen enkele back-up staan.',
    'share.backup.makeNow': 'Nu een back-up maken',
    'share.restore.title': 'Nieuw apparaat?',
    'share.restore.text':
      'Er staan hier nog geen gegevens. Heb je een back-up, dan kun je die terugzetten.',
    'share.restore.action': 'Back-up terugzetten',
  },
});

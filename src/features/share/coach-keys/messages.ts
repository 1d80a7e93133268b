// Messages of the share feature's room for the coach's keys: the main key, restoring and adding
// key files at any time (protected or plain), and the other keys this device opens files with.
import { defineMessages } from '../../../i18n/define';
import { shareMessages } from '../messages';

/** English and Dutch texts of this room, the share feature's texts included. */
export const coachKeysMessages = defineMessages({
  en: {
    ...shareMessages.en,
    'share.keys.restoreOrAdd': 'Restore or add a key from a key file',
    'share.keys.restoreExplain':
      'A key file made by Koers is protected with a passphrase. A plain key file (AGE-SECRET-KEY-1…, as age-keygen makes it) works too.',
    'share.keys.plainFound':
      'This key file is not protected: anyone who gets hold of it can open every file sent to this key. Koers takes the key and then asks you to save a copy protected with a passphrase you choose. Delete the plain file afterwards.',
    'share.keys.usePlain': 'Use this key',
    'share.keys.passphraseNeeded': 'Enter the passphrase of the key file.',
    'share.keys.fileNeeded': 'Choose a key file.',
    'share.keys.notAKeyFile':
      'This is not a key file: it holds neither a protected Koers key nor an AGE-SECRET-KEY-1… line.',
    'share.keys.added': 'Key {fingerprint} added. Files made for it now open on this device.',
    'share.keys.already': 'This device already holds the key {fingerprint}.',
    'share.keys.restored': 'Key {fingerprint} restored as your coach key.',
    'share.keys.protectPlain':
      'Save this key protected with a passphrase before you use it. A plain key file is readable by anyone who finds it; the protected file is what you keep.',
    'share.keys.newKey': 'Make a new coach key',
    'share.keys.newKeyExplain':
      'Your current key stays on this device, so files made for it still open. Clients need your new coach code.',
    'share.keys.otherTitle': 'Other keys on this device',
    'share.keys.otherExplain': 'Files made for these keys open here too.',
    'share.keys.exampleKey': 'Demo key of the example client (public, for example data only)',
    'share.keys.makeMain': 'Use this key in my coach code',
    'share.keys.forget': 'Forget this key',
    'share.keys.forgetConfirm':
      'Files made for key {fingerprint} will no longer open on this device unless you restore it from its key file. Forget it?',
    'share.keys.protectOther': 'Save a protected copy of this key',
  },
  nl: {
    ...shareMessages.nl,
    'share.keys.restoreOrAdd': 'Sleutel terugzetten of toevoegen uit een sleutelbestand',
    'share.keys.restoreExplain':
      'Een sleutelbestand van Koers is beveiligd met een wachtwoordzin. Een onbeveiligd sleutelbestand (AGE-SECRET-KEY-1…, zoals age-keygen het maakt) werkt ook.',
    'share.keys.plainFound':
      'Dit sleutelbestand is niet beveiligd: wie het in handen krijgt, kan elk bestand openen dat voor deze sleutel is gemaakt. Koers neemt de sleutel over en vraagt je daarna een kopie te bewaren die beveiligd is met een wachtwoordzin die jij kiest. Verwijder daarna het onbeveiligde bestand.',
    'share.keys.usePlain': 'Deze sleutel gebruiken',
    'share.keys.passphraseNeeded': 'Vul de wachtwoordzin van het sleutelbestand in.',
    'share.keys.fileNeeded': 'Kies een sleutelbestand.',
    'share.keys.notAKeyFile':
      'Dit is geen sleutelbestand: er staat geen beveiligde Koers-sleutel in en geen regel AGE-SECRET-KEY-1….',
    'share.keys.added':
      'Sleutel {fingerprint} is toegevoegd. Bestanden die ervoor gemaakt zijn, gaan nu open op dit apparaat.',
    'share.keys.already': 'Dit apparaat heeft de sleutel {fingerprint} al.',
    'share.keys.restored': 'Sleutel {fingerprint} is teruggezet als je coachsleutel.',
    'share.keys.protectPlain':
      'Bewaar deze sleutel beveiligd met een wachtwoordzin voordat je hem gebruikt. Een onbeveiligd sleutelbestand kan iedereen lezen die het vindt; het beveiligde bestand is wat je bewaart.',
    'share.keys.newKey': 'Nieuwe coachsleutel maken',
    'share.keys.newKeyExplain':
      'Je huidige sleutel blijft op dit apparaat, dus bestanden die ervoor gemaakt zijn gaan nog steeds open. Cliënten hebben je nieuwe coachcode nodig.',
    'share.keys.otherTitle': 'Andere sleutels op dit apparaat',
    'share.keys.otherExplain': 'Bestanden die voor deze sleutels gemaakt zijn, gaan hier ook open.',
    'share.keys.exampleKey':
      'Demosleutel van de voorbeeldcliënt (openbaar, alleen voor voorbeeldmateriaal)',
    'share.keys.makeMain': 'Deze sleutel in mijn coachcode gebruiken',
    'share.keys.forget': 'Deze sleutel vergeten',
    'share.keys.forgetConfirm':
      'Bestanden voor sleutel {fingerprint} gaan dan niet meer open op dit apparaat, tenzij je hem terugzet uit zijn sleutelbestand. Vergeten?',
    'share.keys.protectOther': 'Een beveiligde kopie van deze sleutel bewaren',
  },
});

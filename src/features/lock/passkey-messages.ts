// Messages of unlocking with a passkey: adding and removing it in the settings, and using it
// on the lock screen.
import { defineMessages } from '../../i18n/define';

/** Passkey messages in English and Dutch. */
export const passkeyMessages = defineMessages({
  en: {
    'passkey.title': 'Unlock with a passkey',
    'passkey.explain':
      'Open Koers with your fingerprint, face or device PIN instead of typing the passphrase. The passphrase and the recovery key keep working.',
    'passkey.on': 'A passkey opens Koers on this device.',
    'passkey.impossible':
      'This browser cannot use passkeys here. The passphrase opens Koers, as before.',
    'passkey.add': 'Add a passkey',
    'passkey.check': 'Enter your passphrase first: the passkey gets a copy of the same lock.',
    'passkey.checkButton': 'Continue',
    'passkey.checking': 'Checking your passphrase…',
    'passkey.make': 'Make the passkey',
    'passkey.makeExplain':
      'Your browser now asks you to make a passkey for Koers and to confirm it with your fingerprint, face or device PIN.',
    'passkey.making': 'Waiting for the passkey…',
    'passkey.added': 'The passkey is added. Next time, “Unlock with a passkey” opens Koers.',
    'passkey.remove': 'Remove the passkey',
    'passkey.removed':
      'The passkey no longer opens Koers. You can also delete it from your passkey manager.',
    'passkey.unlock': 'Unlock with a passkey',
    'passkey.or': 'Or use your passphrase:',
    'passkey.error.passkey-cancelled':
      'The passkey was not used. Try again, or use your passphrase.',
    'passkey.error.passkey-unsupported':
      'This passkey cannot unlock Koers: its device or passkey manager does not offer the extension Koers needs (PRF). Use your passphrase.',
    'passkey.error.wrong-passkey':
      'This passkey does not open the lock of this device. Use your passphrase.',
  },
  nl: {
    'passkey.title': 'Ontgrendelen met een toegangssleutel',
    'passkey.explain':
      'Open Koers met je vingerafdruk, gezicht of apparaatpincode in plaats van de wachtwoordzin te typen. De wachtwoordzin en de herstelsleutel blijven werken.',
    'passkey.on': 'Een toegangssleutel opent Koers op dit apparaat.',
    'passkey.impossible':
      'Deze browser kan hier geen toegangssleutels gebruiken. De wachtwoordzin opent Koers, zoals eerst.',
    'passkey.add': 'Toegangssleutel toevoegen',
    'passkey.check':
      'Vul eerst je wachtwoordzin in: de toegangssleutel krijgt een kopie van dezelfde vergrendeling.',
    'passkey.checkButton': 'Verder',
    'passkey.checking': 'Je wachtwoordzin wordt gecontroleerd…',
    'passkey.make': 'Toegangssleutel maken',
    'passkey.makeExplain':
      'Je browser vraagt je nu een toegangssleutel voor Koers te maken en te bevestigen met je vingerafdruk, gezicht of apparaatpincode.',
    'passkey.making': 'Wachten op de toegangssleutel…',
    'passkey.added':
      'De toegangssleutel is toegevoegd. De volgende keer opent ‘Ontgrendelen met een toegangssleutel’ Koers.',
    'passkey.remove': 'Toegangssleutel verwijderen',
    'passkey.removed':
      'De toegangssleutel opent Koers niet meer. Je kunt hem ook uit je wachtwoordbeheer verwijderen.',
    'passkey.unlock': 'Ontgrendelen met een toegangssleutel',
    'passkey.or': 'Of gebruik je wachtwoordzin:',
    'passkey.error.passkey-cancelled':
      'De toegangssleutel is niet gebruikt. Probeer het opnieuw, of gebruik je wachtwoordzin.',
    'passkey.error.passkey-unsupported':
      'Deze toegangssleutel kan Koers niet ontgrendelen: het apparaat of wachtwoordbeheer biedt de uitbreiding niet die Koers nodig heeft (PRF). Gebruik je wachtwoordzin.',
    'passkey.error.wrong-passkey':
      'Deze toegangssleutel opent de vergrendeling van dit apparaat niet. Gebruik je wachtwoordzin.',
  },
});

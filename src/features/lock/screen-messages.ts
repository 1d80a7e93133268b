// The lock screen's own words, in the shell because with the lock on that screen is the first
// one (LockScreen.tsx): only what it shows before an unlock and the messages of a failed one.
// The settings' words for the lock are in messages.ts, which takes these in as well.
import { defineMessages } from '../../i18n/define';

/** The lock screen's messages in English and Dutch. */
export const lockScreenMessages = defineMessages({
  en: {
    'lock.screen.title': 'Koers is locked',
    'lock.screen.explain':
      'What you wrote is encrypted on this device. Enter your passphrase to open it.',
    'lock.passphrase': 'Passphrase',
    'lock.recoveryKey': 'Recovery key',
    'lock.recoveryKey.hint': 'The key you printed or saved when you turned the lock on.',
    'lock.unlock': 'Unlock',
    'lock.unlocking': 'Opening…',
    'lock.useRecovery': 'I forgot my passphrase: use the recovery key',
    'lock.usePassphrase': 'Use my passphrase',
    'lock.error.empty': 'Enter your passphrase.',
    'lock.error.emptyRecovery': 'Enter your recovery key.',
    'lock.error.wrong-passphrase':
      'This passphrase does not open the lock. Check capitals and spaces and try again.',
    'lock.error.wrong-recovery-key':
      'This recovery key is well formed but does not belong to this lock. Is it from another device?',
    'lock.error.recovery-key-typo':
      'This recovery key has a typo: one of its groups does not match its check. Compare it with your copy.',
    'lock.error.damaged-wrapper':
      'The lock’s stored key on this device is damaged, so no passphrase can open it. Your backup files still open with their own passphrase.',
    'lock.error.unsupported':
      'This browser cannot run the lock’s encryption. Open Koers in an up-to-date browser.',
    'lock.error.failed': 'Unlocking failed. {detail}',
    'lock.resuming': 'Finishing what was under way when Koers closed: {done} of {total} steps.',
  },
  nl: {
    'lock.screen.title': 'Koers is vergrendeld',
    'lock.screen.explain':
      'Wat je schreef is versleuteld op dit apparaat. Vul je wachtwoordzin in om het te openen.',
    'lock.passphrase': 'Wachtwoordzin',
    'lock.recoveryKey': 'Herstelsleutel',
    'lock.recoveryKey.hint':
      'De sleutel die je afdrukte of bewaarde toen je de app-vergrendeling aanzette.',
    'lock.unlock': 'Ontgrendelen',
    'lock.unlocking': 'Bezig met openen…',
    'lock.useRecovery': 'Ik ben mijn wachtwoordzin vergeten: herstelsleutel gebruiken',
    'lock.usePassphrase': 'Mijn wachtwoordzin gebruiken',
    'lock.error.empty': 'Vul je wachtwoordzin in.',
    'lock.error.emptyRecovery': 'Vul je herstelsleutel in.',
    'lock.error.wrong-passphrase':
      'Deze wachtwoordzin opent de vergrendeling niet. Let op hoofdletters en spaties en probeer het opnieuw.',
    'lock.error.wrong-recovery-key':
      'Deze herstelsleutel is goed gevormd maar hoort niet bij deze vergrendeling. Komt hij van een ander apparaat?',
    'lock.error.recovery-key-typo':
      'Er zit een tikfout in deze herstelsleutel: een van de groepen klopt niet met de controle. Vergelijk hem met je kopie.',
    'lock.error.damaged-wrapper':
      'De opgeslagen sleutel van de vergrendeling is op dit apparaat beschadigd, dus geen wachtwoordzin kan het openen. Je back-upbestanden openen nog wel met hun eigen wachtwoordzin.',
    'lock.error.unsupported':
      'Deze browser kan de versleuteling van de app-vergrendeling niet uitvoeren. Open Koers in een bijgewerkte browser.',
    'lock.error.failed': 'Ontgrendelen mislukt. {detail}',
    'lock.resuming': 'Afmaken wat bezig was toen Koers sloot: {done} van {total} stappen.',
  },
});

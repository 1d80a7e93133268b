// Messages of the first run's lock step for a coach. The reason (a coach holds other people's
// health data) is the lock section's own coach invitation, so it is said one way everywhere.
import { defineMessages } from '../../i18n/define';

/** The lock step in English and Dutch. */
export const lockStepMessages = defineMessages({
  en: {
    'firstRun.lock.title': 'Protect this device',
    'firstRun.lock.lead':
      'Before the material of your first client arrives, turn on the app lock. You choose a passphrase and keep a recovery key; it takes a few minutes.',
    'firstRun.lock.notNow': 'Not now',
    'firstRun.lock.notNowHint': 'You can turn the lock on later, under Settings.',
    'firstRun.lock.continue': 'Continue to Koers',
  },
  nl: {
    'firstRun.lock.title': 'Bescherm dit apparaat',
    'firstRun.lock.lead':
      'Zet de app-vergrendeling aan voordat het materiaal van je eerste cliënt binnenkomt. Je kiest een wachtwoordzin en bewaart een herstelsleutel; dat duurt een paar minuten.',
    'firstRun.lock.notNow': 'Nu niet',
    'firstRun.lock.notNowHint': 'Je kunt de app-vergrendeling later aanzetten bij Instellingen.',
    'firstRun.lock.continue': 'Verder naar Koers',
  },
});

// Messages of home's invitation to turn the app lock on. Loaded with home's material, not on
// the first screen's path.
import { defineMessages } from '../../i18n/define';

/** The lock invitation in English and Dutch. */
export const lockInviteMessages = defineMessages({
  en: {
    'home.lockInvite.title': 'Keep what you wrote to yourself',
    'home.lockInvite.text':
      'If you like, the app lock keeps your diary forms and sessions private. With it on, what you write is encrypted on this device, so someone who picks up or copies the device cannot read it. You open Koers with a passphrase of your own.',
    'home.lockInvite.open': 'Set up the app lock',
    'home.lockInvite.dismiss': 'No, thank you',
  },
  nl: {
    'home.lockInvite.title': 'Houd wat je schreef voor jezelf',
    'home.lockInvite.text':
      'Als je wilt, houdt de app-vergrendeling je dagboekformulieren en sessies privé. Staat die aan, dan wordt wat je schrijft versleuteld op dit apparaat, zodat iemand die het apparaat oppakt of kopieert het niet kan lezen. Je opent Koers dan met een eigen wachtwoordzin.',
    'home.lockInvite.open': 'App-vergrendeling instellen',
    'home.lockInvite.dismiss': 'Nee, dank je',
  },
});

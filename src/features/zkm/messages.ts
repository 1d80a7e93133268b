// Messages of the zkm feature, loaded with its screens (not part of the first screen's JS).
import { defineMessages } from '../../i18n/define';

/** zkm messages in English and Dutch. */
export const zkmMessages = defineMessages({
  en: {},
  nl: {},
});

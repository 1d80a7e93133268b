// Messages of the focusing feature, loaded with its screens (not part of the first screen's JS).
import { defineMessages } from '../../i18n/define';

/** focusing messages in English and Dutch. */
export const focusingMessages = defineMessages({
  en: {},
  nl: {},
});

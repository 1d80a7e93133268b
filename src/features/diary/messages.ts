// Messages of the diary feature, loaded with its screens (not part of the first screen's JS).
import { defineMessages } from '../../i18n/define';

/** diary messages in English and Dutch. */
export const diaryMessages = defineMessages({
  en: {},
  nl: {},
});

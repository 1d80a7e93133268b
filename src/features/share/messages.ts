// Messages of the share feature, loaded with its screens (not part of the first screen's JS).
import { defineMessages } from '../../i18n/define';

/** share messages in English and Dutch. */
export const shareMessages = defineMessages({
  en: {},
  nl: {},
});

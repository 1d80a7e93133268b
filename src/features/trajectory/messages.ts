// Messages of the trajectory feature, loaded with its screens (not part of the first screen's JS).
import { defineMessages } from '../../i18n/define';

/** trajectory messages in English and Dutch. */
export const trajectoryMessages = defineMessages({
  en: {},
  nl: {},
});

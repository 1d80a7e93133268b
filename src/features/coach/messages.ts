// Messages of the coach feature, loaded with its screens (not part of the first screen's JS).
import { defineMessages } from '../../i18n/define';

/** coach messages in English and Dutch. */
export const coachMessages = defineMessages({
  en: {},
  nl: {},
});

// Messages of the shared chart kit (src/ui/chart): the table alternative's disclosure.
import { defineMessages } from '../i18n/define';

/** Chart kit messages in English and Dutch. */
export const chartMessages = defineMessages({
  en: {
    'chart.showTable': 'Show as a table',
  },
  nl: {
    'chart.showTable': 'Als tabel tonen',
  },
});

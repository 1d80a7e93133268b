// The translate function of the results messages, typed, for views that take it as a prop.
import { useMessages } from '../../../i18n/context';
import { resultsMessages } from '../results-messages';

/** Translates a results message in the current language. */
export function useResultsText() {
  return useMessages(resultsMessages);
}

/** The type returned by useResultsText. */
export type ResultsText = ReturnType<typeof useResultsText>;

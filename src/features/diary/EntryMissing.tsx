// What an entry screen shows when the entry cannot be read or no longer exists.
import type { AppError } from '../../domain/errors';
import { useI18n, useMessages } from '../../i18n/context';
import { errorMessageKey } from '../../ui/error-message';
import { diaryMessages } from './messages';

/** A plain message and the way back to the timeline. */
export function EntryMissing(props: { error?: AppError }) {
  const t = useMessages(diaryMessages);
  const { t: tApp } = useI18n();
  return (
    <div role="alert">
      <p>{props.error ? tApp(errorMessageKey[props.error.kind]) : t('diary.notFound')}</p>
      <a class="button" href="/diary">
        {t('diary.back')}
      </a>
    </div>
  );
}

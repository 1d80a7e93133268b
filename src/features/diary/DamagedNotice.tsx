// Says that diary forms could not be opened (damaged under the app lock) and are left out of
// what is shown, so a list, a search or a chart without them never reads as the whole diary.
import { useI18n, useMessages } from '../../i18n/context';
import { pluralForm } from '../../i18n/translate';
import { diaryMessages } from './messages';

const damagedKey = { one: 'diary.damaged.one', other: 'diary.damaged' } as const;

/** The notice for `count` damaged diary forms left out (nothing for none). */
export function DamagedNotice(props: { count: number }) {
  const t = useMessages(diaryMessages);
  const { language } = useI18n();
  if (props.count === 0) return null;
  return (
    <p class="diary-damaged" role="note">
      {t(damagedKey[pluralForm(language, props.count)], { count: props.count })}
    </p>
  );
}

// Says that diary forms could not be opened (damaged under the app lock) and are left out of
// what is shown, so a list, a search or a chart without them never reads as the whole diary.
// Where the ids are known (the timeline's page), it offers to remove them from the device,
// after a confirmation: what cannot be opened blocks every backup and export while it is there.
import { useEffect, useRef, useState } from 'preact/hooks';
import { removeDamaged } from '../../db/repository';
import { useI18n, useMessages } from '../../i18n/context';
import { pluralForm } from '../../i18n/translate';
import { useErrorText } from '../../ui/error-message';
import { diaryMessages } from './messages';

const damagedKey = { one: 'diary.damaged.one', other: 'diary.damaged' } as const;
const confirmKey = { one: 'diary.damaged.confirm.one', other: 'diary.damaged.confirm' } as const;

/** The notice for `count` damaged diary forms left out (nothing for none). */
export function DamagedNotice(props: { count: number; ids?: readonly string[] | undefined }) {
  const t = useMessages(diaryMessages);
  const { language } = useI18n();
  const explain = useErrorText();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  if (props.count === 0) return null;
  const form = pluralForm(language, props.count);
  const ids = props.ids;

  const remove = async () => {
    if (!ids) return;
    setBusy(true);
    setFailure(undefined);
    try {
      // The page answers again without them, and this notice goes with them.
      await removeDamaged('diaryEntries', ids);
    } catch (error) {
      setFailure(explain(error));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <div class="diary-damaged" role="note">
      <p>{t(damagedKey[form], { count: props.count })}</p>
      {ids && ids.length > 0 && !confirming && (
        <button type="button" class="button" onClick={() => setConfirming(true)}>
          {t('diary.damaged.remove')}
        </button>
      )}
      {ids && confirming && (
        <>
          <p>{t(confirmKey[form], { count: props.count })}</p>
          <div class="inline-actions">
            <button
              ref={confirmButton}
              type="button"
              class="button"
              disabled={busy}
              onClick={() => void remove()}
            >
              {t('diary.damaged.removeConfirm')}
            </button>
            <button type="button" class="button quiet" onClick={() => setConfirming(false)}>
              {t('diary.damaged.keep')}
            </button>
          </div>
        </>
      )}
      {failure && (
        <p role="alert" class="field-error">
          {failure}
        </p>
      )}
    </div>
  );
}

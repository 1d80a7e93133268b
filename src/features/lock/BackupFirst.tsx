// The backup offered before a turn of the lock changes every stored entry.
import { useMessages } from '../../i18n/context';
import { lockMessages } from './messages';

/** The backup offered before a turn changes every stored entry; `why` says which turn. */
export function BackupFirst(props: { why: string }) {
  const t = useMessages(lockMessages);
  return (
    <>
      <p>{props.why}</p>
      <p>
        <a class="button" href="/share/export?kind=backup">
          {t('lock.backupLink')}
        </a>
      </p>
    </>
  );
}

// One line saying what an import changed: "3 new, 1 changed, 0 deleted", per record type.
import type { ImportLogRow } from '../../../db/database';
import { summarizeChanges } from '../../../domain/coach/changes';
import { useMessages } from '../../../i18n/context';
import { typeLabel } from '../labels';
import { clientsMessages } from './messages';

/** What `log` changed, per record type, or that it changed nothing. */
export function ChangeLine(props: { log: ImportLogRow | undefined }) {
  const t = useMessages(clientsMessages);
  if (!props.log) return <p class="muted">{t('coach.changes.noImport')}</p>;
  const summary = summarizeChanges(props.log);
  if (summary.total === 0) return <p class="muted">{t('coach.changes.nothing')}</p>;
  return (
    <ul class="change-list">
      {summary.changes.map((change) => (
        <li key={change.type}>
          <strong>{t(typeLabel[change.type])}</strong>{' '}
          {t('coach.changes.counts', {
            added: change.added,
            updated: change.updated,
            deleted: change.deleted,
          })}
        </li>
      ))}
    </ul>
  );
}

// A small table of counts with a bar per row, from the shared chart kit (the number is the
// data and always written; the bar is decoration scaled to the total).

import { useMessages } from '../../i18n/context';
import { BarTable } from '../../ui/chart/BarTable';
import { diaryMessages } from './messages';

/** Counts per kind, as a captioned table. */
export function CountsTable(props: {
  title: string;
  rows: readonly { label: string; count: number }[];
  total: number;
}) {
  const t = useMessages(diaryMessages);
  return (
    <BarTable
      caption={props.title}
      labelHeader={t('diary.insight.kind')}
      countHeader={t('diary.insight.count')}
      rows={props.rows.map((row) => ({ key: row.label, label: row.label, count: row.count }))}
      scale={props.total}
    />
  );
}

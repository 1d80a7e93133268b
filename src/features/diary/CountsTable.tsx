// A small table of counts with a bar per row (the bar is decoration; the number is the data).
import { useMessages } from '../../i18n/context';
import { diaryMessages } from './messages';

/** Counts per kind, as a captioned table. */
export function CountsTable(props: {
  title: string;
  rows: readonly { label: string; count: number }[];
  total: number;
}) {
  const t = useMessages(diaryMessages);
  return (
    <table class="diary-count-table">
      <caption>{props.title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('diary.insight.kind')}</th>
          <th scope="col">{t('diary.insight.count')}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td>
              <span class="diary-count">{row.count}</span>
              <span
                class="diary-bar"
                aria-hidden="true"
                style={{ width: `${props.total ? (row.count / props.total) * 100 : 0}%` }}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

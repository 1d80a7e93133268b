// The rest of the standard printout for one investigation: r(general, ideal), S − O and P − N
// per time frame, the index-sum correlations and the feeling correlations. Each r that is
// undefined (a profile or column without variance) shows as n/a.
import type { ReportInvestigation } from '../../../domain/coach/report';
import { indexLabel, termLabel } from '../../../domain/zkm/labels';
import type { Correlation } from '../../../domain/zkm/pearson';
import { SUM_INDICES } from '../../../domain/zkm/printout';
import { useI18n, useMessages } from '../../../i18n/context';
import { reportMessages } from './messages';

const frameKey = {
  past: 'coach.report.frame.past',
  present: 'coach.report.frame.present',
  future: 'coach.report.frame.future',
} as const;

/** A square correlation table with the same labels on both axes. */
function CorrelationTable(props: {
  id: string;
  caption: string;
  labels: readonly string[];
  rows: readonly (readonly Correlation[])[];
  format: (r: Correlation) => string;
}) {
  return (
    // Focusable: a wide table scrolls inside its region, and the keyboard must reach it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs keyboard access
    <section class="table-scroll" aria-labelledby={props.id} tabIndex={0}>
      <table>
        <caption id={props.id}>{props.caption}</caption>
        <thead>
          <tr>
            <td />
            {props.labels.map((label) => (
              <th scope="col" key={label}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row, i) => (
            <tr key={props.labels[i]}>
              <th scope="row">{props.labels[i]}</th>
              {row.map((r, j) => (
                <td key={props.labels[j]}>{props.format(r)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The printout tables of one investigation in the coach's report. */
export function PrintoutTables(props: { item: ReportInvestigation; idPrefix: string }) {
  const t = useMessages(reportMessages);
  const { language } = useI18n();
  const { printout, investigation } = props.item;
  const r2 = new Intl.NumberFormat(language, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const m1 = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const r = (value: Correlation) => (value === null ? t('coach.report.na') : r2.format(value));
  const mean = (value: number | null) => (value === null ? '—' : m1.format(value));
  return (
    <>
      <p>{t('coach.report.generalIdeal', { r: r(printout.generalIdeal) })}</p>
      {/* Focusable: headers keep whole words, so a wide table scrolls inside its region. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs keyboard access */}
      <section class="table-scroll" aria-labelledby={`${props.idPrefix}-frames`} tabIndex={0}>
        <table>
          <caption id={`${props.idPrefix}-frames`}>{t('coach.report.framesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('coach.report.frame')}</th>
              <th scope="col">{t('coach.report.count')}</th>
              <th scope="col">{indexLabel('S-O', language)}</th>
              <th scope="col">{indexLabel('P-N', language)}</th>
            </tr>
          </thead>
          <tbody>
            {printout.frames.map((frame) => (
              <tr key={frame.timeFrame}>
                <th scope="row">{t(frameKey[frame.timeFrame])}</th>
                <td>{frame.count}</td>
                <td>{mean(frame.sMinusO)}</td>
                <td>{mean(frame.pMinusN)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <CorrelationTable
        id={`${props.idPrefix}-sums`}
        caption={t('coach.report.sumsCaption')}
        labels={SUM_INDICES.map((key) => indexLabel(key, language))}
        rows={printout.sums}
        format={r}
      />
      <CorrelationTable
        id={`${props.idPrefix}-affect`}
        caption={t('coach.report.affectCaption')}
        labels={investigation.affectList.terms.map((term) => termLabel(term, language))}
        rows={printout.affect}
        format={r}
      />
    </>
  );
}

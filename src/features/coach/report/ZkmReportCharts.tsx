// The charts of one investigation in the printed report, from the zkm feature's public entry
// point: S against O and P against N per valuation, general against ideal feeling, and the
// affect hierarchy, each with its table alternative. Made for paper: values on the bars and
// index letters beside them, so nothing depends on colour (coach.css prints them in grey).
import type { ReportInvestigation } from '../../../domain/coach/report';
import { useMessages } from '../../../i18n/context';
import { FeelingProfileChart, HierarchyChart, ScatterChart } from '../../zkm/public';
import { reportMessages } from './messages';

/** The report's charts of `item`; `idPrefix` keeps ids unique among investigations. */
export function ZkmReportCharts(props: {
  item: ReportInvestigation;
  title: string;
  idPrefix: string;
}) {
  const t = useMessages(reportMessages);
  const { investigation, summary } = props.item;
  const headingId = `${props.idPrefix}-charts`;
  return (
    <section class="report-charts" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('coach.report.charts', { title: props.title })}</h4>
      <p class="muted">{t('coach.report.chartsHint')}</p>
      <div class="report-scatters">
        <ScatterChart summary={summary} axes="SO" idPrefix={props.idPrefix} />
        <ScatterChart summary={summary} axes="PN" idPrefix={props.idPrefix} />
      </div>
      <FeelingProfileChart investigation={investigation} idPrefix={props.idPrefix} showValues />
      <HierarchyChart summary={summary} idPrefix={props.idPrefix} showIndex />
    </section>
  );
}

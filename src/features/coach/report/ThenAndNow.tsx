// Then and now for a re-investigation in the report: per valuation that was kept or
// reformulated, its type and P−N and S−O then and now with the direction they moved; then what
// was dropped and what is new. Plain table cells that never break inside a figure.
import type {
  InvestigationComparison,
  ValuationComparisonRow,
} from '../../../domain/zkm/comparison';
import { indexLabel, valuationTypeLabel } from '../../../domain/zkm/labels';
import type { ProfileSummary } from '../../../domain/zkm/profile-summary';
import { useI18n, useMessages } from '../../../i18n/context';
import { reportMessages } from './messages';

const MINUS = '\u2212';

/** "+3", "−2", "0": a signed whole number as printed. */
function signed(value: number): string {
  if (value > 0) return `+${value}`;
  if (value < 0) return `${MINUS}${-value}`;
  return '0';
}

/** The two differences of a complete profile, or null. */
function differences(profile: ProfileSummary | null) {
  if (!profile?.complete) return null;
  const { S, O, P, N } = profile.indices;
  return { pn: P - N, so: S - O };
}

/** The table of one re-investigation against the previous one. */
export function ThenAndNow(props: { comparison: InvestigationComparison; headingId: string }) {
  const t = useMessages(reportMessages);
  const { language } = useI18n();
  const moved = (before: number, after: number) =>
    after > before
      ? t('coach.report.movedUp')
      : after < before
        ? t('coach.report.movedDown')
        : t('coach.report.movedNot');
  const typeOf = (p: ProfileSummary | null) =>
    p?.complete ? valuationTypeLabel(p.type, language) : t('coach.report.incomplete');
  const continued = props.comparison.valuations.filter(
    (row): row is Extract<ValuationComparisonRow, { change: 'kept' | 'modified' }> =>
      row.change === 'kept' || row.change === 'modified',
  );
  const dropped = props.comparison.valuations.filter(
    (row) => row.change === 'dropped' || row.change === 'unmarked',
  );
  const added = props.comparison.valuations.filter((row) => row.change === 'new');
  const pn = indexLabel('P-N', language);
  const so = indexLabel('S-O', language);
  return (
    <div class="report-block then-and-now">
      <table class="report-table">
        <caption id={props.headingId}>{t('coach.report.thenAndNowCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coach.report.valuation')}</th>
            <th scope="col">{t('coach.report.typeThenNow')}</th>
            <th scope="col">{t('coach.report.thenNow', { index: pn })}</th>
            <th scope="col">{t('coach.report.thenNow', { index: so })}</th>
          </tr>
        </thead>
        <tbody>
          {continued.map((row) => {
            const then = differences(row.before);
            const now = differences(row.after);
            return (
              <tr key={row.after.id}>
                <th scope="row" class="report-text-cell">
                  {row.after.text}
                  {row.change === 'modified' && (
                    <span class="muted"> ({t('coach.report.reformulated')})</span>
                  )}
                </th>
                <td class="figure">
                  {typeOf(row.before)} → {typeOf(row.after)}
                </td>
                <td class="figure">
                  {then && now
                    ? `${signed(then.pn)} → ${signed(now.pn)} ${moved(then.pn, now.pn)}`
                    : t('coach.report.na')}
                </td>
                <td class="figure">
                  {then && now
                    ? `${signed(then.so)} → ${signed(now.so)} ${moved(then.so, now.so)}`
                    : t('coach.report.na')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {dropped.length > 0 && (
        <>
          <h4>{t('coach.report.dropped')}</h4>
          <ul>
            {dropped.map((row) => (
              <li key={row.before?.id}>{row.before?.text}</li>
            ))}
          </ul>
        </>
      )}
      {added.length > 0 && (
        <>
          <h4>{t('coach.report.added')}</h4>
          <ul>
            {added.map((row) => (
              <li key={row.after?.id}>{row.after?.text}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

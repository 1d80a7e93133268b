// The index table: S, O, P, N, S−O, P−N, type, GEN and IDEAL per valuation and for general
// and ideal feeling. Incomplete profiles show no numbers, only what is missing.

import type { ProfileSummary } from '../../../domain/zkm/profile-summary';
import type { InvestigationSummary } from '../../../domain/zkm/summary';
import { useZkmFormat, type ZkmFormat } from '../use-zkm-format';
import { MissingTerms } from './MissingTerms';
import { ScrollArea } from './ScrollArea';
import { textCellClass } from './text-cell';

function Cells(props: {
  row: ProfileSummary;
  summary: InvestigationSummary;
  f: ZkmFormat;
  /** The general feeling's GEN and the ideal feeling's IDEAL are r with themselves: "—". */
  self?: 'gen' | 'ideal';
}) {
  const { row, f } = props;
  if (!row.complete) {
    return (
      <td colSpan={9}>
        <MissingTerms list={props.summary.list} missingTermIds={row.missingTermIds} f={f} />
      </td>
    );
  }
  const i = row.indices;
  return (
    <>
      <td>{f.n(i.S)}</td>
      <td>{f.n(i.O)}</td>
      <td>{f.n(i.P)}</td>
      <td>{f.n(i.N)}</td>
      <td>{f.n(i.sMinusO)}</td>
      <td>{f.n(i.pMinusN)}</td>
      <td>
        <abbr title={f.typeName(row.type)}>{f.type(row.type)}</abbr>
      </td>
      <td>{props.self === 'gen' ? '—' : f.r(row.gen)}</td>
      <td>{props.self === 'ideal' ? '—' : f.r(row.ideal)}</td>
    </>
  );
}

/** The index table of an investigation summary (read-only). */
export function IndexTable(props: { summary: InvestigationSummary; caption?: string }) {
  const f = useZkmFormat();
  const { summary } = props;
  return (
    <ScrollArea labelledBy="zkm-index-caption">
      <table class="zkm-table zkm-index-table">
        <caption id="zkm-index-caption">{props.caption ?? f.t('zkm.indexTable.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{f.t('zkm.col.number')}</th>
            <th scope="col">{f.t('zkm.col.valuation')}</th>
            <th scope="col">{f.index('S')}</th>
            <th scope="col">{f.index('O')}</th>
            <th scope="col">{f.index('P')}</th>
            <th scope="col">{f.index('N')}</th>
            <th scope="col">{f.index('S-O')}</th>
            <th scope="col">{f.index('P-N')}</th>
            <th scope="col">{f.t('zkm.col.type')}</th>
            <th scope="col">{f.t('zkm.col.gen')}</th>
            <th scope="col">{f.t('zkm.col.ideal')}</th>
          </tr>
        </thead>
        <tbody>
          <tr class="zkm-feeling-row">
            <td />
            <th scope="row">{f.t('zkm.generalFeeling')}</th>
            <Cells row={summary.generalFeeling} summary={summary} f={f} self="gen" />
          </tr>
          <tr class="zkm-feeling-row">
            <td />
            <th scope="row">{f.t('zkm.idealFeeling')}</th>
            <Cells row={summary.idealFeeling} summary={summary} f={f} self="ideal" />
          </tr>
          {summary.valuations.map((row, position) => (
            <tr key={row.id}>
              <td>{f.n(position + 1)}</td>
              <th scope="row" class={textCellClass(row.text)}>
                {row.text}
              </th>
              <Cells row={row} summary={summary} f={f} />
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}

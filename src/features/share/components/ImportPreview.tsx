// What an import would do: who the file says it is from and whether its signature proves it,
// when it was made, what kind, and per type how many records are new, updated, deleted,
// unchanged or left alone.
import type { BundleManifest } from '../../../bundle/format';
import type { TypePlan } from '../../../bundle/merge';
import type { SenderVerdict } from '../../../bundle/trust';
import type { ImportPreview as Preview } from '../../../db/bundle-import';
import { recordTypes } from '../../../domain/records/types';
import { useI18n, useMessages } from '../../../i18n/context';
import { shareMessages } from '../messages';
import { kindLabel, typeLabel } from '../type-labels';

/** What the signature says about the sender, in a sentence or two. */
function SignatureLines(props: { verdict: SenderVerdict; name: string }) {
  const t = useMessages(shareMessages);
  const { dateTime } = useI18n();
  const { verdict, name } = props;
  switch (verdict.state) {
    case 'verified':
      if (verdict.basis === 'own') return <p>{t('share.import.sigOwn')}</p>;
      if (verdict.basis === 'coach-code') {
        return <p>{t('share.import.sigCoachCode', { fingerprint: verdict.fingerprint })}</p>;
      }
      return (
        <p>
          {t('share.import.sigPinned', {
            name,
            date: verdict.pinnedAt ? dateTime(verdict.pinnedAt) : '',
            fingerprint: verdict.fingerprint,
          })}
        </p>
      );
    case 'first-contact':
      return (
        <>
          <p>{t('share.import.sigFirst', { name })}</p>
          <p>{t('share.import.sigCompare', { name, fingerprint: verdict.fingerprint })}</p>
        </>
      );
    case 'adopted':
      return <p>{t('share.import.sigAdopted', { fingerprint: verdict.fingerprint })}</p>;
    case 'unsigned':
      return <p class="warning">{t('share.import.sigNone')}</p>;
  }
}

/** The preview of an import: sender, signature, and the table of what changes. */
export function ImportPreview(props: { manifest: BundleManifest; preview: Preview }) {
  const t = useMessages(shareMessages);
  const { dateTime } = useI18n();
  const { manifest, preview: plan } = props;
  const name = manifest.sender.displayName || t('share.import.unnamed');
  const rows = recordTypes
    .map((type) => {
      const p = plan.plan[type] as TypePlan<unknown>;
      return {
        type,
        added: p.added.length,
        updated: p.updated.length + p.deleted.length,
        unchanged: p.unchanged.length,
        skipped: p.skipped.length + plan.foreign[type],
      };
    })
    .filter((r) => r.added + r.updated + r.unchanged + r.skipped > 0);
  return (
    <section aria-labelledby="preview-title" class="stack">
      <h2 id="preview-title" tabIndex={-1}>
        {t('share.import.previewTitle')}
      </h2>
      <dl class="facts">
        <dt>{t('share.import.from')}</dt>
        <dd data-testid="preview-sender">{name}</dd>
        <dt>{t('share.import.signature')}</dt>
        <dd id="preview-signature" data-testid="preview-signature">
          <SignatureLines verdict={plan.trust.sender} name={name} />
        </dd>
        <dt>{t('share.import.made')}</dt>
        <dd>{dateTime(manifest.createdAt, true)}</dd>
        <dt>{t('share.import.kind')}</dt>
        <dd>{t(kindLabel[manifest.kind])}</dd>
      </dl>
      <section
        class="table-wrap"
        aria-labelledby="preview-table-caption"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: on a narrow screen the table scrolls sideways; a scrollable region must be focusable, or keyboard users cannot scroll it (WCAG 2.1.1)
        tabIndex={0}
      >
        <table data-testid="preview-table">
          <caption id="preview-table-caption" class="visually-hidden">
            {t('share.import.tableCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('share.import.colType')}</th>
              <th scope="col">{t('share.import.colNew')}</th>
              <th scope="col">{t('share.import.colUpdated')}</th>
              <th scope="col">{t('share.import.colUnchanged')}</th>
              <th scope="col">{t('share.import.colSkipped')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.type}>
                <th scope="row">{t(typeLabel[r.type])}</th>
                <td>{r.added}</td>
                <td>{r.updated}</td>
                <td>{r.unchanged}</td>
                <td>{r.skipped}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {rows.length === 0 && <p>{t('share.import.empty')}</p>}
    </section>
  );
}

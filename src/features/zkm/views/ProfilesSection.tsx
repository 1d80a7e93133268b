// The "Profiles" section of the results: the client picks one valuation and sees its profile
// beside the general and ideal feeling. Only the chosen valuation's chart is drawn, so an
// investigation of 40 valuations does not render 40 charts up front.
import { useState } from 'preact/hooks';
import type { InvestigationRecord, ValuationRecord } from '../../../domain/records';
import type { InvestigationSummary } from '../../../domain/zkm/summary';
import { useMessages } from '../../../i18n/context';
import { chartMessages } from '../chart-messages';
import { useZkmFormat } from '../use-zkm-format';
import { ProfileChart } from './ProfileChart';

// Options show the start of a long text; the chosen valuation's full text is shown below.
const OPTION_CHARS = 60;
function short(text: string): string {
  return text.length > OPTION_CHARS ? `${text.slice(0, OPTION_CHARS - 1).trimEnd()}…` : text;
}

/** Pick a valuation and see its affect profile beside the general and ideal feeling. */
export function ProfilesSection(props: {
  investigation: InvestigationRecord;
  valuations: readonly ValuationRecord[];
  summary: InvestigationSummary;
}) {
  const f = useZkmFormat();
  const t = useMessages(chartMessages);
  const rows = props.summary.valuations;
  const [chosenId, setChosenId] = useState(rows[0]?.id ?? '');
  const at = rows.findIndex((row) => row.id === chosenId);
  const row = rows[at];
  const ratings = props.valuations.find((v) => v.id === chosenId)?.ratings;
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="zkm-profiles-title" class="zkm-profiles stack">
      <h2 id="zkm-profiles-title">{t('zkm.profiles.title')}</h2>
      <p class="hint">{t('zkm.profiles.intro')}</p>
      <div class="field">
        <label for="zkm-profile-pick">{t('zkm.profiles.pick')}</label>
        <select
          id="zkm-profile-pick"
          value={chosenId}
          onChange={(event) => setChosenId(event.currentTarget.value)}
        >
          {rows.map((entry, i) => (
            <option key={entry.id} value={entry.id}>
              {t('zkm.profiles.option', { number: i + 1, text: short(entry.text) })}
            </option>
          ))}
        </select>
      </div>
      {row && ratings && (
        <div class="zkm-profile" key={row.id}>
          <p class="zkm-profile-text">{row.text}</p>
          {row.complete ? (
            <>
              <p>{t('zkm.profiles.gen', { r: f.r(row.gen) })}</p>
              <p>{t('zkm.profiles.ideal', { r: f.r(row.ideal) })}</p>
            </>
          ) : (
            <p class="zkm-notice">{t('zkm.profiles.incomplete')}</p>
          )}
          <ProfileChart
            investigation={props.investigation}
            ratings={ratings}
            number={at + 1}
            idPrefix="zkm-profiles"
          />
        </div>
      )}
    </section>
  );
}

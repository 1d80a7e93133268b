// The self-investigation section: the client's investigations, starting a new one or a
// re-investigation, and the way to the affect lists.

import { useLiveQuery } from '../../../db/live';
import type { InvestigationRecord } from '../../../domain/records';
import { useI18n, useMessages } from '../../../i18n/context';
import { useSettings } from '../../../services/settings-context';
import { listInvestigations } from '../data';
import { zkmMessages } from '../messages';
import '../zkm.css';
import { Gate } from './Gate';

const kindKey = { first: 'zkm.kind.first', re: 'zkm.kind.re' } as const;

/** The list of investigations. */
export default function ZkmHome() {
  const t = useMessages(zkmMessages);
  const { t: tApp, dateTime } = useI18n();
  const { settings } = useSettings();
  const owner = settings.profileId ?? '';
  const result = useLiveQuery(() => listInvestigations(owner), [owner]);
  return (
    <section aria-labelledby="zkm-title" class="stack">
      <h1 id="zkm-title">{tApp('nav.zkm')}</h1>
      <p>{t('zkm.intro')}</p>
      <div class="actions">
        <a class="button primary" href="/zkm/new">
          {t('zkm.start.first')}
        </a>
        <a class="button" href="/zkm/lists">
          {t('zkm.lists.title')}
        </a>
      </div>
      <Gate result={result}>
        {(investigations: InvestigationRecord[]) =>
          investigations.length === 0 ? (
            <p>{t('zkm.none')}</p>
          ) : (
            <section aria-labelledby="zkm-list-title">
              <h2 id="zkm-list-title">{t('zkm.yours')}</h2>
              <ul class="zkm-list">
                {investigations.map((item) => (
                  <li key={item.id} class="zkm-card">
                    <a href={`/zkm/${item.id}`} class="zkm-card-link">
                      {item.title || t(kindKey[item.kind])}
                    </a>
                    <p class="muted">
                      {t(kindKey[item.kind])} ·{' '}
                      {t('zkm.startedOn', { date: dateTime(item.startedAt, false) })}
                      {item.completedAt ? ` · ${t('zkm.finished')}` : ''}
                    </p>
                    <a
                      class="button"
                      href={`/zkm/${item.id}/reinvestigate`}
                      aria-label={t('zkm.start.reOf', {
                        name: item.title || t(kindKey[item.kind]),
                        date: dateTime(item.startedAt, false),
                      })}
                    >
                      {t('zkm.start.re')}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          )
        }
      </Gate>
    </section>
  );
}

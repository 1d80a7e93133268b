// The affect lists on this device: the built-in default (read-only) and lists a coach made
// or sent. Investigations keep their own copy, so editing a list never changes one.
import { useLiveQuery } from '../../../db/live';
import type { AffectListRecord } from '../../../domain/records';
import { useMessages } from '../../../i18n/context';
import { useSettings } from '../../../services/settings-context';
import { defaultListChoice, listAffectLists } from '../data';
import { zkmMessages } from '../messages';
import { useZkmFormat } from '../use-zkm-format';
import '../zkm.css';
import { Gate } from './Gate';

/** The list of affect lists. */
export default function AffectListsScreen() {
  const t = useMessages(zkmMessages);
  const f = useZkmFormat();
  const result = useLiveQuery(listAffectLists, []);
  const builtIn = defaultListChoice.content;
  // Lists and thresholds are the coach's to edit; a client rates on what the coach sent.
  const isCoach = useSettings().settings.role === 'coach';
  return (
    <section aria-labelledby="zkm-lists-title" class="stack">
      <p>
        <a href="/zkm">{t('zkm.backToList')}</a>
      </p>
      <h1 id="zkm-lists-title">{t('zkm.lists.title')}</h1>
      <p>{t('zkm.lists.intro')}</p>
      {isCoach ? (
        <div class="actions">
          <a class="button primary" href="/zkm/lists/new">
            {t('zkm.lists.new')}
          </a>
          <a class="button" href="/zkm/lists/new?template=24">
            {t('zkm.lists.new24')}
          </a>
        </div>
      ) : (
        <p class="hint">{t('zkm.lists.coachOnly')}</p>
      )}
      <Gate result={result}>
        {(lists: AffectListRecord[]) => (
          <ul class="zkm-list">
            <li class="zkm-card">
              <p class="zkm-card-title">{t('zkm.lists.default', { name: builtIn.name })}</p>
              <p class="muted">{t('zkm.lists.summary', { count: builtIn.terms.length })}</p>
              <p class="hint">{t('zkm.lists.derived', { ...builtIn.thresholds })}</p>
              <details>
                <summary>{t('zkm.lists.showTerms')}</summary>
                <ol>
                  {builtIn.terms.map((term) => (
                    <li key={term.id}>
                      {f.term(term)} ({f.index(term.index)})
                    </li>
                  ))}
                </ol>
              </details>
            </li>
            {lists.map((list) => (
              <li class="zkm-card" key={list.id}>
                {isCoach ? (
                  <a class="zkm-card-link" href={`/zkm/lists/${list.id}`}>
                    {list.name}
                  </a>
                ) : (
                  <p class="zkm-card-title">{list.name}</p>
                )}
                <p class="muted">{t('zkm.lists.summary', { count: list.terms.length })}</p>
              </li>
            ))}
          </ul>
        )}
      </Gate>
    </section>
  );
}

// Shows loading, a clear error or "not found" until a live query has a value.
import type { ComponentChildren } from 'preact';
import type { LiveResult } from '../../../db/live';
import { useMessages } from '../../../i18n/context';
import { LiveGate } from '../../../ui/LiveGate';
import { zkmMessages } from '../messages';

/** Renders `children(value)` once `result` is ready and the value exists. */
export function Gate<T>(props: {
  result: LiveResult<T | undefined>;
  children: (value: T) => ComponentChildren;
}) {
  const t = useMessages(zkmMessages);
  const missing = (
    <section aria-labelledby="zkm-missing-title">
      <h1 id="zkm-missing-title">{t('zkm.notFound.title')}</h1>
      <p>{t('zkm.notFound.body')}</p>
      <a class="button" href="/zkm">
        {t('zkm.backToList')}
      </a>
    </section>
  );
  return (
    <LiveGate result={props.result} loading={t('zkm.loading')} missing={missing}>
      {(value) => props.children(value as T)}
    </LiveGate>
  );
}

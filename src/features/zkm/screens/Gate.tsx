// Shows loading, a clear error or "not found" until a live query has a value.
import type { ComponentChildren } from 'preact';
import type { LiveResult } from '../../../db/live';
import { useI18n, useMessages } from '../../../i18n/context';
import { errorMessageKey } from '../../../ui/error-message';
import { zkmMessages } from '../messages';

/** Renders `children(value)` once `result` is ready and the value exists. */
export function Gate<T>(props: {
  result: LiveResult<T | undefined>;
  children: (value: T) => ComponentChildren;
}) {
  const t = useMessages(zkmMessages);
  const { t: tApp } = useI18n();
  const { result } = props;
  if (result.status === 'loading') return <p role="status">{t('zkm.loading')}</p>;
  if (result.status === 'error')
    return <p role="alert">{tApp(errorMessageKey[result.error.kind])}</p>;
  if (result.value === undefined)
    return (
      <section aria-labelledby="zkm-missing-title">
        <h1 id="zkm-missing-title">{t('zkm.notFound.title')}</h1>
        <p>{t('zkm.notFound.body')}</p>
        <a class="button" href="/zkm">
          {t('zkm.backToList')}
        </a>
      </section>
    );
  return <>{props.children(result.value)}</>;
}

// The three states every screen over a live query shows before its content: loading, a
// localised error, and (where the value may be missing) a "not found" part of the caller's own.
import type { ComponentChildren, JSX } from 'preact';
import type { LiveResult } from '../db/live';
import type { AppError } from '../domain/errors';
import { useI18n } from '../i18n/context';
import { errorMessageKey } from './error-message';

interface GateBase<T> {
  result: LiveResult<T>;
  /** The line shown while the query has not answered yet; without it nothing shows then. */
  loading?: string | undefined;
  /** Shown instead of the plain alert when the query failed (a screen's own way back). */
  failed?: ((error: AppError) => ComponentChildren) | undefined;
}

/**
 * The localised alert for a failed live query, and nothing otherwise: for a screen whose other
 * parts (a heading, filters) show whatever the query's state.
 */
export function LiveError(props: { result: LiveResult<unknown> }): JSX.Element | null {
  const { t } = useI18n();
  const { result } = props;
  if (result.status !== 'error') return null;
  return (
    <p role="alert" class="field-error">
      {t(errorMessageKey[result.error.kind])}
    </p>
  );
}

/**
 * Renders `children(value)` once `result` is ready. With `missing`, an undefined or null value
 * shows `missing` instead, and `children` receives only a value that exists.
 */
export function LiveGate<T>(
  props: GateBase<T> & {
    missing: ComponentChildren;
    children: (value: NonNullable<T>) => ComponentChildren;
  },
): JSX.Element;
export function LiveGate<T>(
  props: GateBase<T> & { children: (value: T) => ComponentChildren },
): JSX.Element;
export function LiveGate<T>(
  props: GateBase<T> & {
    missing?: ComponentChildren;
    children: (value: T) => ComponentChildren;
  },
): JSX.Element | null {
  const { result } = props;
  if (result.status === 'loading')
    return props.loading === undefined ? null : (
      <p class="muted" role="status">
        {props.loading}
      </p>
    );
  if (result.status === 'error') {
    if (!props.failed) return <LiveError result={result} />;
    return <>{props.failed(result.error)}</>;
  }
  if ('missing' in props && result.value == null) return <>{props.missing}</>;
  return <>{props.children(result.value)}</>;
}

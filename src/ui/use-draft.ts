// Form state that autosaves as a draft while the user types and comes back after a reload,
// a crash or an update. Call `clear()` once the form is saved or discarded.
import { useEffect, useRef, useState } from 'preact/hooks';
import { discardDraft, loadDraft, scheduleDraft } from '../db/drafts';
import { useI18n } from '../i18n/context';
import { showToast } from './toasts';

/** The draft state: `ready` is false until a stored draft (if any) has been restored. */
export interface DraftState<T> {
  value: T;
  ready: boolean;
  restored: boolean;
  set: (next: T | ((previous: T) => T)) => void;
  clear: () => Promise<void>;
}

/** Keeps `value` in a draft under `key`; `initial` is used when no draft exists. */
export function useDraft<T>(key: string, initial: () => T): DraftState<T> {
  const [value, setValue] = useState<T>(initial);
  const [ready, setReady] = useState(false);
  const [restored, setRestored] = useState(false);
  const touched = useRef(false);
  // Read when a load fails: a language change must not load the draft again.
  const { t } = useI18n();
  const words = useRef(t);
  words.current = t;

  useEffect(() => {
    let live = true;
    setReady(false);
    touched.current = false;
    void loadDraft<T>(key).then(
      (draft) => {
        if (!live) return;
        // Input typed before the stored draft arrived wins over it.
        if (draft !== undefined && !touched.current) {
          setValue(draft);
          setRestored(true);
        }
        setReady(true);
      },
      () => {
        if (!live) return;
        // A stored draft that cannot be read (damaged, or storage failing) must not keep the
        // form from being used: it starts as new, and says so.
        showToast({
          id: 'draft-unreadable',
          text: words.current('draft.unreadable'),
          timeout: null,
        });
        setReady(true);
      },
    );
    return () => {
      live = false;
    };
  }, [key]);

  const set = (next: T | ((previous: T) => T)) => {
    touched.current = true;
    setValue((previous) => {
      const resolved = typeof next === 'function' ? (next as (previous: T) => T)(previous) : next;
      scheduleDraft(key, resolved);
      return resolved;
    });
  };

  const clear = async () => {
    await discardDraft(key);
    setRestored(false);
  };

  return { value, ready, restored, set, clear };
}

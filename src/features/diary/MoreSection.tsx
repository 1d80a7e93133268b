// The "More" disclosure of the diary form: a button that says whether it is open (aria-expanded,
// with the shared chevron that turns) and how many answers sit behind it, so nothing typed there is
// out of mind when it is closed. Closed, its fields stay in the form and in the draft.
import type { ComponentChildren } from 'preact';
import { useMessages } from '../../i18n/context';
import { diaryMessages } from './messages';

/** The disclosure; `open` and `onToggle` belong to the form, which also opens it on an error. */
export function MoreSection(props: {
  open: boolean;
  filled: number;
  onToggle: (open: boolean) => void;
  children: ComponentChildren;
}) {
  const t = useMessages(diaryMessages);
  return (
    <div class="diary-extra">
      <button
        type="button"
        class="diary-extra-toggle"
        aria-expanded={props.open}
        aria-controls="diary-extra-fields"
        onClick={() => props.onToggle(!props.open)}
      >
        <span class="diary-extra-label">{t('diary.more')}</span>
        {props.filled > 0 && (
          <span class="diary-extra-filled">{t('diary.more.filled', { count: props.filled })}</span>
        )}
      </button>
      <div id="diary-extra-fields" class="diary-extra-fields" hidden={!props.open}>
        {props.children}
      </div>
    </div>
  );
}

// The move up, move down and remove buttons of one row in an editable list.
import { useMessages } from '../../i18n/context';
import { trajectoryMessages } from './messages';

/** Row buttons; `item` names the row for screen readers ("Move up: Goal 2"). */
export function ListControls(props: {
  idPrefix: string;
  index: number;
  count: number;
  item: string;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const t = useMessages(trajectoryMessages);
  const { idPrefix, index, count, item } = props;
  return (
    <>
      <button
        type="button"
        class="button"
        id={`${idPrefix}-up-${index}`}
        disabled={index === 0}
        aria-label={t('form.moveUp', { item })}
        onClick={() => props.onMove(index - 1)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        class="button"
        id={`${idPrefix}-down-${index}`}
        disabled={index === count - 1}
        aria-label={t('form.moveDown', { item })}
        onClick={() => props.onMove(index + 1)}
      >
        <span aria-hidden="true">↓</span>
      </button>
      <button
        type="button"
        class="button"
        id={`${idPrefix}-remove-${index}`}
        aria-label={t('form.remove', { item })}
        onClick={props.onRemove}
      >
        <span aria-hidden="true">✕</span>
      </button>
    </>
  );
}

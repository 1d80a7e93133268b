// Clearing a space: name each concern and set it aside, one by one, without going into it.
import { useMessages } from '../../../i18n/context';
import { focusingMessages } from '../messages';

/**
 * The list of concerns set aside, with a field to add one and a button to take one back. The
 * text in the field lives in the form (`pending`), so it is autosaved like every other field.
 */
export function ConcernList(props: {
  concerns: string[];
  pending: string;
  onChange: (next: string[]) => void;
  onPending: (text: string) => void;
  onAdd: () => void;
}) {
  const t = useMessages(focusingMessages);
  const add = () => {
    if (props.pending.trim()) props.onAdd();
  };
  return (
    <div class="concerns">
      <div class="field">
        <label for="concern-new">{t('focusing.concerns.new')}</label>
        <p id="concern-new-hint" class="hint">
          {t('focusing.concerns.hint')}
        </p>
        <div class="inline">
          <input
            id="concern-new"
            type="text"
            value={props.pending}
            aria-describedby="concern-new-hint"
            onInput={(event) => props.onPending(event.currentTarget.value)}
            onKeyDown={(event) => {
              // Enter sets the concern aside instead of submitting the surrounding form.
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
          <button type="button" class="button" onClick={add}>
            {t('focusing.concerns.add')}
          </button>
        </div>
      </div>
      <h3 id="concerns-title">{t('focusing.concerns.title')}</h3>
      {props.concerns.length === 0 ? (
        <p class="muted">{t('focusing.concerns.none')}</p>
      ) : (
        <ul class="concern-list" aria-labelledby="concerns-title">
          {props.concerns.map((concern, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: concerns are stored as plain strings that may repeat; an item holds no state of its own (its text and a remove button), so its position is enough.
            <li key={index}>
              <span>{concern}</span>
              <button
                type="button"
                class="button quiet"
                aria-label={t('focusing.concerns.remove', { concern })}
                onClick={() => props.onChange(props.concerns.filter((_, i) => i !== index))}
              >
                {t('focusing.concerns.takeBack')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

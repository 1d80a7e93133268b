// Editing a theme's action points: add, change, tick off, reorder and remove, by keyboard.
import { newId } from '../../domain/ids';
import type { ActionPointDraft } from '../../domain/trajectory';
import { replaceItem } from '../../domain/trajectory';
import { useMessages } from '../../i18n/context';
import { ListControls } from './ListControls';
import { trajectoryMessages } from './messages';
import { useListEditing } from './use-list-editing';

/** The action points fieldset. */
export function ActionPointsEditor(props: {
  points: ActionPointDraft[];
  error?: string | undefined;
  onChange: (points: ActionPointDraft[]) => void;
}) {
  const t = useMessages(trajectoryMessages);
  const { points } = props;
  const { add, move, remove } = useListEditing(points, props.onChange, 'action');
  return (
    <fieldset aria-describedby={props.error ? 'actions-error' : undefined}>
      <legend>{t('form.actionPoints')}</legend>
      <ol class="edit-list">
        {points.map((point, index) => {
          const label = t('form.actionPoint', { n: index + 1 });
          return (
            <li key={point.id} class="edit-row">
              <input
                type="checkbox"
                class="check"
                id={`action-done-${index}`}
                checked={point.done}
                aria-label={t('form.actionDone', { n: index + 1 })}
                onChange={(event) =>
                  props.onChange(
                    replaceItem(points, index, { ...point, done: event.currentTarget.checked }),
                  )
                }
              />
              <label class="visually-hidden" for={`action-${index}`}>
                {label}
              </label>
              <input
                id={`action-${index}`}
                type="text"
                value={point.text}
                maxLength={20_000}
                onInput={(event) =>
                  props.onChange(
                    replaceItem(points, index, { ...point, text: event.currentTarget.value }),
                  )
                }
              />
              <ListControls
                idPrefix="action"
                index={index}
                count={points.length}
                item={label}
                onMove={(to) => move(index, to)}
                onRemove={() => remove(index)}
              />
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        class="button"
        id="action-add"
        onClick={() => add({ id: newId(), text: '', done: false })}
      >
        {t('form.addActionPoint')}
      </button>
      {props.error && (
        <p id="actions-error" class="field-error">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}

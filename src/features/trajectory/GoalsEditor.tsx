// Editing a theme's goals: add, change, reorder and remove, all by keyboard.
import { replaceItem } from '../../domain/trajectory';
import { useMessages } from '../../i18n/context';
import { ListControls } from './ListControls';
import { trajectoryMessages } from './messages';
import { useListEditing } from './use-list-editing';

/** The goals fieldset. */
export function GoalsEditor(props: {
  goals: string[];
  error?: string | undefined;
  onChange: (goals: string[]) => void;
}) {
  const t = useMessages(trajectoryMessages);
  const { goals } = props;
  const { add, move, remove } = useListEditing(goals, props.onChange, 'goal');
  return (
    <fieldset aria-describedby={props.error ? 'goals-error' : undefined}>
      <legend>{t('form.goals')}</legend>
      <ol class="edit-list">
        {goals.map((goal, index) => {
          const label = t('form.goal', { n: index + 1 });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: goals are stored as plain strings that may repeat; the fields are controlled and their ids follow the position, which the list editing (add, move, remove) uses to move focus.
            <li key={index} class="edit-row">
              <label class="visually-hidden" for={`goal-${index}`}>
                {label}
              </label>
              <input
                id={`goal-${index}`}
                type="text"
                value={goal}
                maxLength={20_000}
                onInput={(event) =>
                  props.onChange(replaceItem(goals, index, event.currentTarget.value))
                }
              />
              <ListControls
                idPrefix="goal"
                index={index}
                count={goals.length}
                item={label}
                onMove={(to) => move(index, to)}
                onRemove={() => remove(index)}
              />
            </li>
          );
        })}
      </ol>
      <button type="button" class="button" id="goal-add" onClick={() => add('')}>
        {t('form.addGoal')}
      </button>
      {props.error && (
        <p id="goals-error" class="field-error">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}

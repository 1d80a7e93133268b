// Picking the valuations a theme links to, grouped by investigation. May be empty: the
// client can create a theme before (or without) a self-investigation.
import { useI18n, useMessages } from '../../i18n/context';
import { Loaded } from './common';
import { useValuationGroups, type ValuationGroup } from './data';
import { trajectoryMessages } from './messages';

/** Checkboxes for every live valuation of the profile. */
export function ValuationPicker(props: {
  ownerId: string;
  selected: string[];
  onChange: (ids: string[]) => void;
}) {
  const t = useMessages(trajectoryMessages);
  const groups = useValuationGroups(props.ownerId);
  const toggle = (id: string, on: boolean) =>
    props.onChange(on ? [...props.selected, id] : props.selected.filter((item) => item !== id));
  return (
    <fieldset>
      <legend>{t('form.valuations')}</legend>
      <Loaded result={groups}>
        {(list) =>
          list.length === 0 ? (
            <p class="muted">{t('form.valuationsNone')}</p>
          ) : (
            list.map((group) => (
              <Group key={group.investigationId} group={group} {...props} toggle={toggle} />
            ))
          )
        }
      </Loaded>
    </fieldset>
  );
}

function Group(props: {
  group: ValuationGroup;
  selected: string[];
  toggle: (id: string, on: boolean) => void;
}) {
  const t = useMessages(trajectoryMessages);
  const { dateTime } = useI18n();
  const { investigation } = props.group;
  const date = investigation ? dateTime(investigation.startedAt, false) : '';
  const heading =
    investigation?.title ||
    t(investigation?.kind === 're' ? 'form.investigation.re' : 'form.investigation.first', {
      date,
    });
  const headingId = `investigation-${props.group.investigationId}`;
  return (
    <div class="valuation-group">
      <h2 id={headingId} class="group-heading">
        {heading}
      </h2>
      {props.group.valuations.map((valuation) => (
        <label key={valuation.id} class="check-item">
          <input
            type="checkbox"
            checked={props.selected.includes(valuation.id)}
            onChange={(event) => props.toggle(valuation.id, event.currentTarget.checked)}
          />
          <span>{valuation.text}</span>
        </label>
      ))}
    </div>
  );
}

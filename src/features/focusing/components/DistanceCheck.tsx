// The distance check: too close, right distance, too far, with calm guidance for the choice.

import { distanceGuidanceKey, distanceLabelKey, distances } from '../../../domain/focusing/steps';
import type { Distance } from '../../../domain/records';
import { useMessages } from '../../../i18n/context';
import { ChoiceGroup } from '../../../ui/ChoiceGroup';
import { focusingMessages } from '../messages';

/** Asks for the distance to what is felt and shows the guidance that fits the answer. */
export function DistanceCheck(props: {
  legend: string;
  name: string;
  value: '' | Distance;
  onChange: (value: Distance) => void;
  /** Show the guidance for the chosen distance (the guided session does; forms do not). */
  guide?: boolean;
}) {
  const t = useMessages(focusingMessages);
  return (
    <div class="distance-check">
      <ChoiceGroup
        legend={props.legend}
        name={props.name}
        value={props.value || undefined}
        options={distances.map((value) => ({ value, label: t(distanceLabelKey[value]) }))}
        onChange={props.onChange}
        large
      />
      {props.guide && (
        <div aria-live="polite">
          {props.value && <p class="guidance">{t(distanceGuidanceKey[props.value])}</p>}
        </div>
      )}
    </div>
  );
}

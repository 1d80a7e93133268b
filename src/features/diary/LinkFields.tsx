// Link a diary form to a theme or a valuation, and its phase. The theme's pickers show only
// when the form has a theme to speak of (the form decides); the valuation picker shows once
// there are valuations. A link to something no longer on this device is kept, and says so.
import { defaultPhase } from '../../domain/diary/phase';
import { preview } from '../../domain/diary/timeline';
import type { ThemeRecord, ValuationRecord } from '../../domain/records';
import type { Phase } from '../../domain/records/base';
import { useMessages } from '../../i18n/context';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { Field } from '../../ui/Field';
import { phaseLabel } from './labels';
import { diaryMessages } from './messages';

/** What the link fields change on the form. */
export interface LinkValue {
  themeId: string;
  valuationId: string;
  phase?: Phase | undefined;
  phaseChosen: boolean;
}

const PHASES = ['unset', 'attending', 'creating', 'anchoring'] as const;

/** The value after linking to `themeId` and `valuationId`: the phase follows the theme until
 * the client chose one. */
function relinked(
  value: LinkValue,
  themes: readonly ThemeRecord[],
  themeId: string,
  valuationId: string,
): LinkValue {
  const phase = value.phaseChosen
    ? value.phase
    : (defaultPhase(themes, themeId, valuationId) ?? value.phase);
  return { ...value, themeId, valuationId, phase };
}

/** The theme picker. */
export function ThemeLink(props: {
  value: LinkValue;
  themes: readonly ThemeRecord[];
  onChange: (value: LinkValue) => void;
}) {
  const t = useMessages(diaryMessages);
  const { value, themes } = props;
  const missing = value.themeId && !themes.some((theme) => theme.id === value.themeId);
  return (
    <Field id="diary-theme" label={t('diary.field.theme')}>
      {(control) => (
        <select
          {...control}
          value={value.themeId}
          onChange={(event) =>
            props.onChange(relinked(value, themes, event.currentTarget.value, value.valuationId))
          }
        >
          <option value="">{t('diary.link.none')}</option>
          {missing && <option value={value.themeId}>{t('diary.link.missing')}</option>}
          {themes.map((theme) => (
            <option key={theme.id} value={theme.id}>
              {preview(theme.title, 80)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The phase of the change process, which follows the linked theme until chosen. */
export function PhaseChoice(props: { value: LinkValue; onChange: (value: LinkValue) => void }) {
  const t = useMessages(diaryMessages);
  const { value } = props;
  return (
    <>
      <ChoiceGroup
        legend={t('diary.field.phase')}
        name="diary-phase"
        value={value.phase ?? 'unset'}
        options={PHASES.map((phase) => ({ value: phase, label: t(phaseLabel[phase]) }))}
        onChange={(phase) =>
          props.onChange({
            ...value,
            phase: phase === 'unset' ? undefined : phase,
            phaseChosen: true,
          })
        }
      />
      <p class="hint">{t('diary.field.phase.hint')}</p>
    </>
  );
}

/** The valuation picker; nothing while there are no valuations and no link. */
export function ValuationLink(props: {
  value: LinkValue;
  themes: readonly ThemeRecord[];
  valuations: readonly ValuationRecord[];
  onChange: (value: LinkValue) => void;
}) {
  const t = useMessages(diaryMessages);
  const { value, valuations } = props;
  if (valuations.length === 0 && !value.valuationId) return null;
  const missing = value.valuationId && !valuations.some((item) => item.id === value.valuationId);
  return (
    <Field id="diary-valuation" label={t('diary.field.valuation')}>
      {(control) => (
        <select
          {...control}
          value={value.valuationId}
          onChange={(event) =>
            props.onChange(relinked(value, props.themes, value.themeId, event.currentTarget.value))
          }
        >
          <option value="">{t('diary.link.none')}</option>
          {missing && <option value={value.valuationId}>{t('diary.link.missing')}</option>}
          {valuations.map((valuation) => (
            <option key={valuation.id} value={valuation.id}>
              {preview(valuation.text, 80)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

// Link an entry to a theme or a valuation, and its phase. Works before any ZKM exists: with
// no themes or valuations it says so and the entry stays unlinked.

import { useLiveQuery } from '../../db/live';
import { defaultPhase } from '../../domain/diary/phase';
import { preview } from '../../domain/diary/timeline';
import type { Phase } from '../../domain/records/base';
import { useMessages } from '../../i18n/context';
import { useSettings } from '../../services/settings-context';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { Field } from '../../ui/Field';
import { linkableThemes, linkableValuations } from './diary-queries';
import { phaseLabel } from './labels';
import { diaryMessages } from './messages';

/** What the link fields change on the form. */
export interface LinkValue {
  themeId: string;
  valuationId: string;
  phase?: Phase;
  phaseChosen: boolean;
}

const PHASES = ['unset', 'attending', 'creating', 'anchoring'] as const;

/** Theme and valuation pickers plus the phase, which follows the theme until chosen. */
export function LinkFields(props: { value: LinkValue; onChange: (value: LinkValue) => void }) {
  const t = useMessages(diaryMessages);
  const owner = useSettings().settings.profileId ?? '';
  const themes = useLiveQuery(() => linkableThemes(owner), [owner]);
  const valuations = useLiveQuery(() => linkableValuations(owner), [owner]);
  const themeList = themes.status === 'ready' ? themes.value : [];
  const valuationList = valuations.status === 'ready' ? valuations.value : [];
  const { value } = props;

  const relink = (themeId: string, valuationId: string) => {
    const phase = value.phaseChosen
      ? value.phase
      : (defaultPhase(themeList, themeId, valuationId) ?? value.phase);
    props.onChange({ ...value, themeId, valuationId, phase });
  };
  // A link to something no longer on this device is kept, and shown as such.
  const missingTheme = value.themeId && !themeList.some((theme) => theme.id === value.themeId);
  const missingValuation =
    value.valuationId && !valuationList.some((item) => item.id === value.valuationId);

  return (
    <>
      {themeList.length === 0 && valuationList.length === 0 && !value.themeId && (
        <p class="hint">{t('diary.link.empty')}</p>
      )}
      {(themeList.length > 0 || value.themeId) && (
        <Field id="diary-theme" label={t('diary.field.theme')}>
          {(control) => (
            <select
              {...control}
              value={value.themeId}
              onChange={(event) => relink(event.currentTarget.value, value.valuationId)}
            >
              <option value="">{t('diary.link.none')}</option>
              {missingTheme && <option value={value.themeId}>{t('diary.link.missing')}</option>}
              {themeList.map((theme) => (
                <option key={theme.id} value={theme.id}>
                  {preview(theme.title, 80)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {(valuationList.length > 0 || value.valuationId) && (
        <Field id="diary-valuation" label={t('diary.field.valuation')}>
          {(control) => (
            <select
              {...control}
              value={value.valuationId}
              onChange={(event) => relink(value.themeId, event.currentTarget.value)}
            >
              <option value="">{t('diary.link.none')}</option>
              {missingValuation && (
                <option value={value.valuationId}>{t('diary.link.missing')}</option>
              )}
              {valuationList.map((valuation) => (
                <option key={valuation.id} value={valuation.id}>
                  {preview(valuation.text, 80)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
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

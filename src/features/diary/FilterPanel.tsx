// The timeline's filters (area, theme, phase, date range), folded away until needed.
import type { DiaryFilter } from '../../domain/diary/filters';
import { NO_THEME } from '../../domain/diary/filters';
import { preview } from '../../domain/diary/timeline';
import type { LifeArea, ThemeRecord } from '../../domain/records';
import type { Phase } from '../../domain/records/base';
import { useMessages } from '../../i18n/context';
import { Field } from '../../ui/Field';
import { areaLabel, phaseLabel } from './labels';
import { diaryMessages } from './messages';

const AREAS: readonly LifeArea[] = ['home', 'work', 'other'];
const PHASES: readonly Phase[] = ['attending', 'creating', 'anchoring'];

/** Filter controls; every change calls `onChange` with the whole new filter. */
export function FilterPanel(props: {
  filter: DiaryFilter;
  themes: readonly ThemeRecord[];
  onChange: (filter: DiaryFilter) => void;
  onOpen: () => void;
}) {
  const t = useMessages(diaryMessages);
  const { filter, onChange } = props;
  const set = (changes: Partial<DiaryFilter>) => onChange({ ...filter, ...changes });
  const active = Boolean(filter.area || filter.themeId || filter.phase || filter.from || filter.to);
  const badRange = Boolean(filter.from && filter.to && filter.from > filter.to);
  return (
    <details
      class="diary-filters"
      open={active}
      onToggle={(event) => {
        if (event.currentTarget.open) props.onOpen();
      }}
    >
      <summary>{t('diary.filters')}</summary>
      <div class="diary-filter-grid">
        <Field id="diary-filter-area" label={t('diary.field.area')}>
          {(control) => (
            <select
              {...control}
              value={filter.area ?? ''}
              onChange={(event) =>
                set({ area: (event.currentTarget.value || undefined) as LifeArea | undefined })
              }
            >
              <option value="">{t('diary.filter.any')}</option>
              {AREAS.map((area) => (
                <option key={area} value={area}>
                  {t(areaLabel[area])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="diary-filter-theme" label={t('diary.field.theme')}>
          {(control) => (
            <select
              {...control}
              value={filter.themeId ?? ''}
              onChange={(event) => set({ themeId: event.currentTarget.value || undefined })}
            >
              <option value="">{t('diary.filter.any')}</option>
              <option value={NO_THEME}>{t('diary.filter.noTheme')}</option>
              {props.themes.map((theme) => (
                <option key={theme.id} value={theme.id}>
                  {preview(theme.title, 80)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="diary-filter-phase" label={t('diary.field.phase')}>
          {(control) => (
            <select
              {...control}
              value={filter.phase ?? ''}
              onChange={(event) =>
                set({ phase: (event.currentTarget.value || undefined) as Phase | undefined })
              }
            >
              <option value="">{t('diary.filter.any')}</option>
              {PHASES.map((phase) => (
                <option key={phase} value={phase}>
                  {t(phaseLabel[phase])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="diary-filter-from" label={t('diary.filter.from')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={filter.from ?? ''}
              onInput={(event) => set({ from: event.currentTarget.value || undefined })}
            />
          )}
        </Field>
        <Field
          id="diary-filter-to"
          label={t('diary.filter.to')}
          error={badRange ? t('diary.filter.range') : undefined}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              value={filter.to ?? ''}
              onInput={(event) => set({ to: event.currentTarget.value || undefined })}
            />
          )}
        </Field>
      </div>
      {active && (
        <button type="button" class="button" onClick={() => onChange({ query: filter.query })}>
          {t('diary.filter.clear')}
        </button>
      )}
    </details>
  );
}

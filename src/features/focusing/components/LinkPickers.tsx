// Links from a session to a theme, a valuation and diary entries: pickers over what the
// client has (any of these lists may be empty).

import { useLiveQuery } from '../../../db/live';
import type { SessionForm } from '../../../domain/focusing/form';
import { useI18n, useMessages } from '../../../i18n/context';
import { useSettings } from '../../../services/settings-context';
import { loadDiaryEntries, loadThemes, loadValuations } from '../data';
import { focusingMessages } from '../messages';

/** How many diary entries the picker offers (the most recent ones, plus any linked). */
const DIARY_LIMIT = 30;

const snippet = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** Pickers for the theme, valuation and diary entries a session relates to. */
export function LinkPickers(props: {
  form: SessionForm;
  patch: (changes: Partial<SessionForm>) => void;
}) {
  const t = useMessages(focusingMessages);
  const { dateTime } = useI18n();
  const owner = useSettings().settings.profileId ?? '';
  const themes = useLiveQuery(() => loadThemes(owner), [owner]);
  const valuations = useLiveQuery(() => loadValuations(owner), [owner]);
  const diary = useLiveQuery(() => loadDiaryEntries(owner), [owner]);
  const entries =
    diary.status === 'ready'
      ? diary.value.filter(
          (entry, index) => index < DIARY_LIMIT || props.form.diaryEntryIds.includes(entry.id),
        )
      : [];
  const toggleEntry = (id: string) =>
    props.patch({
      diaryEntryIds: props.form.diaryEntryIds.includes(id)
        ? props.form.diaryEntryIds.filter((item) => item !== id)
        : [...props.form.diaryEntryIds, id],
    });
  return (
    <div class="links">
      <div class="field">
        <label for="link-theme">{t('focusing.links.theme')}</label>
        <select
          id="link-theme"
          value={props.form.themeId}
          onChange={(event) => props.patch({ themeId: event.currentTarget.value })}
        >
          <option value="">{t('focusing.links.none')}</option>
          {themes.status === 'ready' &&
            themes.value.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.title}
              </option>
            ))}
        </select>
      </div>
      <div class="field">
        <label for="link-valuation">{t('focusing.links.valuation')}</label>
        <select
          id="link-valuation"
          value={props.form.valuationId}
          onChange={(event) => props.patch({ valuationId: event.currentTarget.value })}
        >
          <option value="">{t('focusing.links.none')}</option>
          {valuations.status === 'ready' &&
            valuations.value.map((valuation) => (
              <option key={valuation.id} value={valuation.id}>
                {snippet(valuation.text)}
              </option>
            ))}
        </select>
      </div>
      <fieldset>
        <legend>{t('focusing.links.diary')}</legend>
        {entries.length === 0 ? (
          <p class="muted">{t('focusing.links.noDiary')}</p>
        ) : (
          <div class="link-list">
            {entries.map((entry) => (
              <label class="choice card" key={entry.id}>
                <input
                  type="checkbox"
                  checked={props.form.diaryEntryIds.includes(entry.id)}
                  onChange={() => toggleEntry(entry.id)}
                />
                <span>
                  <strong>{dateTime(entry.occurredAt)}</strong>
                  {snippet(entry.situation)}
                </span>
              </label>
            ))}
          </div>
        )}
      </fieldset>
    </div>
  );
}

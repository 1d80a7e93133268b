// Choosing what the report holds (not printed): its parts, and the diary forms to print with
// their text. The choice is a draft: it is there again when the coach comes back.
import type { DiaryEntryRecord } from '../../../domain/records';
import { useI18n, useMessages } from '../../../i18n/context';
import { firstLine } from '../text';
import { reportMessages } from './messages';
import { type ReportContents, type ReportPart, reportParts } from './report-contents';

const partLabel = {
  themes: 'coach.report.part.themes',
  zkm: 'coach.report.part.zkm',
  thenAndNow: 'coach.report.part.thenAndNow',
  diaryDigest: 'coach.report.part.diaryDigest',
  diaryForms: 'coach.report.part.diaryForms',
  focusing: 'coach.report.part.focusing',
  ownReport: 'coach.report.part.ownReport',
  notes: 'coach.report.part.notes',
} as const satisfies Record<ReportPart, string>;

/** The parts and diary forms of the report, as checkboxes. */
export function ReportContentsForm(props: {
  contents: ReportContents;
  onChange: (next: ReportContents) => void;
  /** The diary forms in the period, newest first. */
  diary: readonly DiaryEntryRecord[];
}) {
  const t = useMessages(reportMessages);
  const { dateTime } = useI18n();
  const { contents } = props;
  const omitted = new Set(contents.omitted);
  const chosen = new Set(contents.diaryIds);
  const togglePart = (part: ReportPart, on: boolean) =>
    props.onChange({
      ...contents,
      omitted: on ? contents.omitted.filter((p) => p !== part) : [...contents.omitted, part],
    });
  const toggleEntry = (id: string, on: boolean) =>
    props.onChange({
      ...contents,
      diaryIds: on ? [...contents.diaryIds, id] : contents.diaryIds.filter((d) => d !== id),
    });
  return (
    <div class="report-contents stack">
      <fieldset>
        <legend>{t('coach.report.partsLegend')}</legend>
        {reportParts.map((part) => (
          <label class="choice" key={part}>
            <input
              type="checkbox"
              checked={!omitted.has(part)}
              onChange={(e) => togglePart(part, e.currentTarget.checked)}
            />
            <span>{t(partLabel[part])}</span>
          </label>
        ))}
      </fieldset>
      {!omitted.has('diaryForms') && (
        <fieldset>
          <legend>{t('coach.report.diaryLegend')}</legend>
          {props.diary.length === 0 && <p class="muted">{t('coach.report.noDiaryInPeriod')}</p>}
          {props.diary.map((entry) => (
            <label class="choice" key={entry.id}>
              <input
                type="checkbox"
                checked={chosen.has(entry.id)}
                onChange={(e) => toggleEntry(entry.id, e.currentTarget.checked)}
              />
              <span>
                {dateTime(entry.occurredAt, false)} · {firstLine(entry.situation, 80)}
              </span>
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}

/** The stored choice with anything unknown left out (a draft may come from an older version). */
export function cleanContents(raw: ReportContents): ReportContents {
  const known = new Set<string>(reportParts);
  return {
    omitted: Array.isArray(raw.omitted) ? raw.omitted.filter((p) => known.has(p)) : [],
    diaryIds: Array.isArray(raw.diaryIds)
      ? raw.diaryIds.filter((id) => typeof id === 'string')
      : [],
  };
}

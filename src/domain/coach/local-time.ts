// Dates as a spreadsheet reads them: "2026-03-01" and "09:15" in the coach's time zone.

/** The local date (YYYY-MM-DD) and time (HH:MM) of an ISO instant in `timeZone`. */
export function localDateTime(iso: string, timeZone?: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

// Date inputs hold a local calendar day (YYYY-MM-DD); records hold instants (ISO strings).
import { localDay } from '../../domain/coach/report';

/** The instant of local midnight at the start of `day`. */
export function dayToIso(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1).toISOString();
}

/** The local calendar day of an instant. */
export const isoToDay = localDay;

/** The local day `months` months before `from`. */
export function monthsBefore(from: Date, months: number): string {
  const d = new Date(from.getFullYear(), from.getMonth() - months, from.getDate());
  return isoToDay(d.toISOString());
}

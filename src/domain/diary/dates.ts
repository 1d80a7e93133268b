// Local dates and times for the diary: the form's datetime-local value. Days come from the
// one dates module (`src/domain/dates.ts`). All in the device's own time zone.
import { dayKeyOf } from '../dates';

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** A value for `<input type="datetime-local">` (YYYY-MM-DDTHH:mm) showing `date` locally. */
export function toLocalInput(date: Date): string {
  return `${dayKeyOf(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The moment a datetime-local value stands for, or undefined when it is not a real time. */
export function fromLocalInput(value: string): Date | undefined {
  const match = LOCAL_INPUT.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day, hours, minutes, seconds] = match
    .slice(1)
    .map((part) => Number(part ?? 0));
  const date = new Date(
    year ?? 0,
    (month ?? 1) - 1,
    day ?? 1,
    hours ?? 0,
    minutes ?? 0,
    seconds ?? 0,
  );
  // Reject dates the Date constructor silently rolls over (31 February, 24:00).
  if (
    date.getFullYear() !== year ||
    date.getMonth() !== (month ?? 1) - 1 ||
    date.getDate() !== day ||
    date.getHours() !== hours ||
    date.getMinutes() !== minutes
  ) {
    return undefined;
  }
  return date;
}

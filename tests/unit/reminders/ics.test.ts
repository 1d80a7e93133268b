// The calendar file is checked with an independent parser (ical.js, Mozilla's iCalendar
// library) and against the letter of RFC 5545 where a parser is lenient.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, reminderCalendar } from '../../../src/domain/reminders/ics';

const text = {
  summary: 'Time for your Koers diary',
  description: 'A reminder from Koers; change or remove it in Settings, Reminders.',
};
const now = new Date(2026, 11, 2, 15, 30); // Wednesday 2 December 2026, local time
const file = reminderCalendar({ days: [1, 3, 5], times: ['08:00', '19:30'] }, text, {
  uid: 'c0ffee',
  now,
});

describe('reminderCalendar', () => {
  it('uses CRLF line ends only and folds every line to at most 75 octets', () => {
    expect(file.endsWith('\r\n')).toBe(true);
    expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of file.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
  });

  it('parses as one calendar with a weekly event per time, each with a display alarm', () => {
    const calendar = new ICAL.Component(ICAL.parse(file));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(2);
    const uids = events.map((event) => event.getFirstPropertyValue('uid'));
    expect(new Set(uids).size).toBe(2);
    for (const event of events) {
      expect(event.getFirstPropertyValue('dtstamp')?.toString()).toBe(
        ICAL.Time.fromJSDate(now, true).toString(),
      );
      const rule = event.getFirstPropertyValue('rrule') as ICAL.Recur;
      expect(rule.freq).toBe('WEEKLY');
      expect(rule.parts.BYDAY).toEqual(['MO', 'WE', 'FR']);
      expect(event.getFirstPropertyValue('summary')).toBe(text.summary);
      const alarm = event.getFirstSubcomponent('valarm');
      expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(alarm?.getFirstPropertyValue('description')).toBe(text.summary);
      expect(alarm?.getFirstPropertyValue('trigger')?.toString()).toBe('PT0S');
    }
  });

  it('repeats on the chosen weekdays at the chosen local times, from the first chosen day', () => {
    const calendar = new ICAL.Component(ICAL.parse(file));
    const [morning] = calendar.getAllSubcomponents('vevent');
    const event = new ICAL.Event(morning);
    // A floating time: the same wall-clock time wherever the phone is.
    expect(event.startDate.zone?.tzid).toBe('floating');
    const iterator = event.iterator();
    const firstFive = Array.from({ length: 5 }, () => iterator.next()?.toString());
    expect(firstFive).toEqual([
      '2026-12-02T08:00:00',
      '2026-12-04T08:00:00',
      '2026-12-07T08:00:00',
      '2026-12-09T08:00:00',
      '2026-12-11T08:00:00',
    ]);
  });

  it('puts nothing in the file but the reminder words and the schedule', () => {
    expect(file).not.toMatch(/ATTENDEE|ORGANIZER|URL|ATTACH/);
  });
});

describe('text values and folding', () => {
  it('escapes backslashes, semicolons, commas and new lines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('keeps an event’s UID when its time changes, with a higher SEQUENCE in the later file', () => {
    const events = (ics: string) =>
      new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((event) => ({
        uid: event.getFirstPropertyValue('uid'),
        sequence: Number(event.getFirstPropertyValue('sequence')),
        start: event.getFirstPropertyValue('dtstart')?.toString(),
      }));
    const later = new Date(2026, 11, 9, 10, 0);
    const before = events(file);
    const after = events(
      reminderCalendar({ days: [1, 3, 5], times: ['08:30', '19:30'] }, text, {
        uid: 'c0ffee',
        now: later,
      }),
    );
    expect(after.map((event) => event.uid)).toEqual(before.map((event) => event.uid));
    expect(after[0]?.start).not.toBe(before[0]?.start);
    for (const [index, event] of after.entries()) {
      expect(event.sequence).toBeGreaterThan(before[index]?.sequence ?? Number.POSITIVE_INFINITY);
      expect(Number.isSafeInteger(event.sequence)).toBe(true);
    }
  });

  it('round-trips escaped Dutch text through the parser', () => {
    const dutch = reminderCalendar(
      { days: [7], times: ['21:00'] },
      {
        summary: 'Tijd voor je Koers-dagboek',
        description: 'Wijzig of verwijder; Instellingen, Herinneringen.',
      },
      { uid: 'x', now },
    );
    const event = new ICAL.Component(ICAL.parse(dutch)).getFirstSubcomponent('vevent');
    expect(event?.getFirstPropertyValue('description')).toBe(
      'Wijzig of verwijder; Instellingen, Herinneringen.',
    );
  });

  it('folds long lines without splitting a character, and unfolding restores them', () => {
    const long = `DESCRIPTION:${'één '.repeat(40)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    expect(folded.replace(/\r\n /g, '')).toBe(long);
  });
});

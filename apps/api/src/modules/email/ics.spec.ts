import { buildIcs, CalendarEvent, escapeText, foldLine, formatUtc } from './ics';

const event: CalendarEvent = {
  method: 'REQUEST',
  uid: 'round-5b1c@calibrate',
  sequence: 0,
  stamp: new Date('2026-03-01T08:00:00.123Z'),
  start: new Date('2026-03-02T09:30:00Z'),
  end: new Date('2026-03-02T10:30:00Z'),
  summary: 'Interview: Ana Cruz, Mock call',
  description: 'Job: Agent; night shift\nScorecard: http://127.0.0.1:3000/interviews/1',
  url: 'http://127.0.0.1:3000/interviews/1',
  organizer: { name: 'Calibrate', email: 'calibrate@example.com' },
  attendees: [{ name: 'Ivy "Ives" Interviewer', email: 'ivy@example.com' }],
};

describe('iCalendar writer', () => {
  it('writes a known invitation exactly, CRLF line endings included', () => {
    expect(buildIcs(event)).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Calibrate//Interview rounds//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:REQUEST',
        'BEGIN:VEVENT',
        'UID:round-5b1c@calibrate',
        'SEQUENCE:0',
        'DTSTAMP:20260301T080000Z',
        'DTSTART:20260302T093000Z',
        'DTEND:20260302T103000Z',
        'SUMMARY:Interview: Ana Cruz\\, Mock call',
        'DESCRIPTION:Job: Agent\\; night shift\\nScorecard: http://127.0.0.1:3000/inte',
        ' rviews/1',
        'URL:http://127.0.0.1:3000/interviews/1',
        'ORGANIZER;CN="Calibrate":mailto:calibrate@example.com',
        'ATTENDEE;CN="Ivy Ives Interviewer";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTI',
        ' ON;RSVP=TRUE:mailto:ivy@example.com',
        'STATUS:CONFIRMED',
        'TRANSP:OPAQUE',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('cancels with the same UID, a higher sequence and STATUS:CANCELLED', () => {
    const ics = buildIcs({ ...event, method: 'CANCEL', sequence: 3 });
    expect(ics).toContain('\r\nMETHOD:CANCEL\r\n');
    expect(ics).toContain('\r\nUID:round-5b1c@calibrate\r\n');
    expect(ics).toContain('\r\nSEQUENCE:3\r\n');
    expect(ics).toContain('\r\nSTATUS:CANCELLED\r\n');
    expect(ics).not.toMatch(/[^\r]\n/);
  });

  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('formats instants in UTC with whole seconds', () => {
    expect(formatUtc(new Date('2026-12-31T23:59:59.999Z'))).toBe('20261231T235959Z');
    expect(formatUtc(new Date('2026-07-01T12:00:00+08:00'))).toBe('20260701T040000Z');
  });

  it('folds at 75 octets, continuation lines starting with one space', () => {
    // 212 octets: 75 on the first line, 74 + the space on the second, 63 + the space on the third.
    const line = `DESCRIPTION:${'x'.repeat(200)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.map((part) => Buffer.byteLength(part))).toEqual([75, 75, 64]);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    // Unfolding (dropping CRLF + one space) gives the line back.
    expect(foldLine(line).replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it('never folds inside a multi-byte character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`;
    const folded = foldLine(line).split('\r\n');
    for (const part of folded) {
      expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
      expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
    }
    expect(foldLine(line).replace(/\r\n /g, '')).toBe(line);
    // 8 ASCII octets + 33 two-octet characters = 74: the 34th would make 76.
    expect(folded[0]).toBe(`SUMMARY:${'é'.repeat(33)}`);
  });
});

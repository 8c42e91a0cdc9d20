import { importColumnFor, parseImportRow } from './candidate-imports.schema';

const jobId = '6f1c2a4e-8b0d-4c3e-9f5a-1b2c3d4e5f60';

describe('candidate import rows', () => {
  it('reads the file formats: labels, languages with levels, shifts, typing speed', () => {
    const result = parseImportRow(
      {
        row: 2,
        name: ' Maria Santos ',
        email: 'Maria@Example.com',
        phone: '+63 917 555 0101',
        source: 'Job board',
        languages: 'Spanish C1; English (B2)',
        shifts: 'Night, day',
        typing_wpm: '48',
      },
      jobId,
    );
    expect(result).toEqual({
      errors: [],
      candidate: {
        name: 'Maria Santos',
        email: 'maria@example.com',
        phone: '+63 917 555 0101',
        jobId,
        source: 'job_board',
        languages: [
          { language: 'Spanish', level: 'C1' },
          { language: 'English', level: 'B2' },
        ],
        shiftAvailability: ['night', 'day'],
        typingWpm: 48,
      },
    });
  });

  it('reports every problem of a row, per column', () => {
    const result = parseImportRow(
      {
        row: 3,
        name: '',
        email: 'not-an-email',
        source: 'billboard',
        languages: 'Spanish',
        shifts: 'noon',
        typing_wpm: 'fast',
      },
      jobId,
    );
    expect(result.candidate).toBeUndefined();
    expect(result.errors.map((e) => e.field).sort()).toEqual(
      ['email', 'languages', 'name', 'shifts', 'source', 'typing_wpm'].sort(),
    );
  });

  it('maps the usual header names to columns', () => {
    expect(importColumnFor('Full Name')).toBe('name');
    expect(importColumnFor('E-mail')).toBe('email');
    expect(importColumnFor('Typing  WPM')).toBe('typing_wpm');
    expect(importColumnFor('Shift availability')).toBe('shifts');
    expect(importColumnFor('Favourite colour')).toBeUndefined();
  });
});

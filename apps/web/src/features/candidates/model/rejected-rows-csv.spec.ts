import Papa from 'papaparse';

import { readCandidateCsv } from './read-candidate-csv';
import { DUPLICATE_PROBLEM, rejectedRowsCsv } from './rejected-rows-csv';

const parse = (csv: string) => Papa.parse<string[]>(csv.trim()).data;

describe('rejected import rows as CSV', () => {
  const rows = [
    { row: 2, name: 'Ana Reyes', email: 'ana@example.com' },
    { row: 3, name: 'Ben', email: 'not-an-email', typing_wpm: 'fast' },
    { row: 4, name: 'Cara Diaz', email: 'cara@example.com', phone: '+63 917 555 0101' },
    { row: 5, name: '=HYPERLINK("http://evil")', email: '@bad', source: '+cmd' },
  ];
  const check = [
    { row: 2, email: 'ana@example.com', errors: [], duplicate: false },
    {
      row: 3,
      email: 'not-an-email',
      errors: [
        { field: 'email' as const, message: 'Enter a valid email address.' },
        { field: 'typing_wpm' as const, message: 'Enter a whole number.' },
      ],
      duplicate: false,
    },
    { row: 4, email: 'cara@example.com', errors: [], duplicate: true },
    {
      row: 5,
      email: '@bad',
      errors: [{ field: 'email' as const, message: 'Enter a valid email address.' }],
      duplicate: false,
    },
  ];

  it('lists only the rows left out, with their cells and every problem', () => {
    const table = parse(rejectedRowsCsv(rows, check) ?? '');
    expect(table[0]).toEqual([
      'Row',
      'Name',
      'Email',
      'Phone',
      'Source',
      'Languages',
      'Shifts',
      'Typing WPM',
      'Problem',
    ]);
    expect(table.map((line) => line[0])).toEqual(['Row', '3', '4', '5']);
    expect(table[1]).toEqual([
      '3',
      'Ben',
      'not-an-email',
      '',
      '',
      '',
      '',
      'fast',
      'email: Enter a valid email address.; typing_wpm: Enter a whole number.',
    ]);
    expect(table[2]?.[3]).toBe("'+63 917 555 0101");
    expect(table[2]?.[8]).toBe(DUPLICATE_PROBLEM);
  });

  it('keeps formulas as text (CSV injection)', () => {
    const line = parse(rejectedRowsCsv(rows, check) ?? '')[3];
    expect(line?.[1]).toBe('\'=HYPERLINK("http://evil")');
    expect(line?.[2]).toBe("'@bad");
    expect(line?.[4]).toBe("'+cmd");
  });

  it('reads back as an import file once the apostrophes and problems are fixed', () => {
    const csv = rejectedRowsCsv(rows.slice(0, 2), check.slice(0, 2)) ?? '';
    const again = readCandidateCsv(csv);
    expect(again.rows).toEqual([
      { row: 2, name: 'Ben', email: 'not-an-email', typing_wpm: 'fast' },
    ]);
    expect(again.ignoredColumns).toEqual(['Row', 'Problem']);
  });

  it('is null when nothing is left out', () => {
    expect(rejectedRowsCsv(rows.slice(0, 1), check.slice(0, 1))).toBeNull();
  });
});

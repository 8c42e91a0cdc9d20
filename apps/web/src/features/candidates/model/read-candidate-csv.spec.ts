import { batches, readCandidateCsv } from './read-candidate-csv';

describe('readCandidateCsv', () => {
  it('maps headers, keeps quoted commas, numbers rows as the file does, and names ignored columns', () => {
    const csv = [
      '\uFEFFFull name,E-mail,Languages,Typing WPM,Favourite colour',
      '"Santos, Maria",maria@example.com,"Spanish C1, English B2",48,blue',
      '',
      'Jose Reyes,jose@example.com,,,',
    ].join('\r\n');
    expect(readCandidateCsv(csv)).toEqual({
      rows: [
        {
          row: 2,
          name: 'Santos, Maria',
          email: 'maria@example.com',
          languages: 'Spanish C1, English B2',
          typing_wpm: '48',
        },
        { row: 3, name: 'Jose Reyes', email: 'jose@example.com' },
      ],
      ignoredColumns: ['Favourite colour'],
    });
  });

  it('says which required columns are missing', () => {
    expect(() => readCandidateCsv('Name,Phone\nAna,123')).toThrow(
      'The file needs a header row with “email” columns. Found: Name, Phone.',
    );
    expect(() => readCandidateCsv('name,email\n')).toThrow('The file has a header but no rows.');
  });

  it('batches', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});

import { batches, readOutcomeCsv } from './read-outcome-csv';

describe('readOutcomeCsv', () => {
  it('maps headers, leaves empty cells out, numbers rows as the file does, and names ignored columns', () => {
    const csv = [
      '\uFEFFAgent E-mail,Nesting QA,AHT (sec),FCR %,Retained 90,Team',
      'ana@example.com,82,6:35,,yes,Lee',
      '',
      ' ben@example.com ,, 395 ,71%,,Lee',
    ].join('\r\n');
    expect(readOutcomeCsv(csv)).toEqual({
      rows: [
        {
          row: 2,
          email: 'ana@example.com',
          nestingQaScore: '82',
          averageHandleTimeSeconds: '6:35',
          employedAt90Days: 'yes',
        },
        {
          row: 3,
          email: 'ben@example.com',
          averageHandleTimeSeconds: '395',
          firstContactResolutionPercent: '71%',
        },
      ],
      columns: [
        { header: 'Agent E-mail', column: 'email', label: 'Email' },
        { header: 'Nesting QA', column: 'nestingQaScore', label: 'Nesting QA score' },
        { header: 'AHT (sec)', column: 'averageHandleTimeSeconds', label: 'Average handle time' },
        {
          header: 'FCR %',
          column: 'firstContactResolutionPercent',
          label: 'First-contact resolution',
        },
        { header: 'Retained 90', column: 'employedAt90Days', label: 'Still employed at 90 days' },
      ],
      ignoredColumns: ['Team'],
    });
  });

  it('reads a second column of the same figure as not imported', () => {
    expect(readOutcomeCsv('email,csat,csat %\na@b.co,80,81').ignoredColumns).toEqual(['csat %']);
  });

  it('says what the file lacks', () => {
    expect(() => readOutcomeCsv('Name,CSAT\nAna,80')).toThrow(
      'The file needs a header row with an “email” column (the hire’s email). Found: Name, CSAT.',
    );
    expect(() => readOutcomeCsv('Email,Team\na@b.co,x')).toThrow(/no outcome column/);
    expect(() => readOutcomeCsv('email,csat\n')).toThrow('The file has a header but no rows.');
  });

  it('splits rows into batches', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});

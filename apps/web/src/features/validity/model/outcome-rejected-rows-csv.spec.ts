import { outcomeImportColumnFor } from '@calibrate/contracts';

import { outcomeRejectedRowsCsv } from './outcome-rejected-rows-csv';

describe('outcomeRejectedRowsCsv', () => {
  it('writes the rows with errors, under column names the import reads, with their problems', () => {
    const csv = outcomeRejectedRowsCsv(
      [
        { row: 2, email: 'ana@example.com', nestingQaScore: '82' },
        { row: 3, email: 'nobody@example.com', csatPercent: '=1+1' },
      ],
      [
        { row: 2, email: 'ana@example.com', candidateName: 'Ana', errors: [], changes: [] },
        {
          row: 3,
          email: 'nobody@example.com',
          candidateName: null,
          errors: [{ field: 'email', message: 'No candidate with this email.' }],
          changes: [],
        },
      ],
    );
    const [header, ...lines] = (csv ?? '').split('\r\n');
    expect(header).toBe(
      'Row,Email,Nesting QA score,Average handle time,First-contact resolution,CSAT,Still employed at 30 days,Still employed at 90 days,Problem',
    );
    expect(lines).toEqual(["3,nobody@example.com,,,,'=1+1,,,No candidate with this email."]);
    const columns = (header ?? '').split(',').slice(1, -1).map(outcomeImportColumnFor);
    expect(columns).not.toContain(undefined);
  });

  it('is nothing when no row is left out', () => {
    expect(
      outcomeRejectedRowsCsv(
        [{ row: 2, email: 'a@b.co' }],
        [{ row: 2, email: 'a@b.co', candidateName: 'A', errors: [], changes: ['csatPercent'] }],
      ),
    ).toBeNull();
  });
});

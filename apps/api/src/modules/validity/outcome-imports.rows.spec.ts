import { emptyOutcomes, OutcomeImportRow } from '@calibrate/contracts';

import { evaluateOutcomeRows, ImportTarget } from './outcome-imports.rows';

const target = (email: string, extra: Partial<ImportTarget> = {}): [string, ImportTarget] => [
  email,
  { id: `id-${email}`, email, name: `Name of ${email}`, stage: 'hired', stored: null, ...extra },
];

describe('evaluateOutcomeRows', () => {
  const targets = new Map([
    target('hired@example.com', {
      stored: { ...emptyOutcomes(), csatPercent: 80, nestingQaScore: 70 },
    }),
    target('new@example.com'),
    target('offer@example.com', { stage: 'offer' }),
  ]);

  it('merges a valid row and says what changes', () => {
    const [row] = evaluateOutcomeRows(
      [{ row: 2, email: 'HIRED@example.com', csatPercent: '85', nestingQaScore: '70' }],
      targets,
    );
    expect(row).toMatchObject({
      email: 'hired@example.com',
      candidateName: 'Name of hired@example.com',
      errors: [],
      changes: ['csatPercent'],
      write: {
        candidateId: 'id-hired@example.com',
        before: { csatPercent: 80, nestingQaScore: 70 },
        after: { csatPercent: 85, nestingQaScore: 70, averageHandleTimeSeconds: null },
      },
    });
  });

  it('writes nothing for a row that changes nothing', () => {
    const [same, empty] = evaluateOutcomeRows(
      [
        { row: 2, email: 'hired@example.com', csatPercent: '80%' },
        { row: 3, email: 'new@example.com' },
      ],
      targets,
    );
    expect([same?.changes, same?.write, same?.errors]).toEqual([[], undefined, []]);
    expect([empty?.changes, empty?.write, empty?.errors]).toEqual([[], undefined, []]);
  });

  it('reports an unknown email, a hire not hired (with the stage) and a repeat on the later row', () => {
    const rows: OutcomeImportRow[] = [
      { row: 2, email: 'nobody@example.com', csatPercent: '80' },
      { row: 3, email: 'offer@example.com', csatPercent: '80' },
      { row: 4, email: 'new@example.com', csatPercent: '80' },
      { row: 5, email: 'New@Example.com', csatPercent: '81' },
    ];
    const result = evaluateOutcomeRows(rows, targets);
    expect(result.map((row) => row.errors.map((error) => error.message))).toEqual([
      ['No candidate with this email.'],
      ['This candidate is at Offer: outcomes are recorded for hired candidates only.'],
      [],
      ['This email is also on row 4: each hire once per file (this row is left out).'],
    ]);
    expect(result.map((row) => Boolean(row.write))).toEqual([false, false, true, false]);
  });

  it('leaves a row with a bad figure out, naming the column', () => {
    const [row] = evaluateOutcomeRows(
      [
        {
          row: 2,
          email: 'new@example.com',
          csatPercent: '80',
          firstContactResolutionPercent: '140',
        },
      ],
      targets,
    );
    expect(row?.errors).toEqual([
      {
        field: 'firstContactResolutionPercent',
        message: 'First-contact resolution must be from 0 to 100; this row has 140.',
      },
    ]);
    expect(row?.write).toBeUndefined();
  });
});

import { compareProblem } from './compare-selection';

const of = (...jobIds: (string | null)[]) => jobIds.map((jobId) => ({ jobId }));

describe('compareProblem', () => {
  it('allows 2 to 8 candidates of one job', () => {
    expect(compareProblem(of('a', 'a'))).toBeUndefined();
    expect(compareProblem(of(...Array<string>(8).fill('a')))).toBeUndefined();
  });

  it('says why anything else cannot be compared', () => {
    expect(compareProblem(of('a'))).toBe('Select 2 to 8 candidates of one job to compare them.');
    expect(compareProblem(of(...Array<string>(9).fill('a')))).toBe(
      'Compare at most 8 candidates at once.',
    );
    expect(compareProblem(of('a', null))).toBe(
      'Only candidates who applied to a job can be compared.',
    );
    expect(compareProblem(of('a', 'b'))).toBe(
      'Compare candidates of one job: they were scored on its rubrics.',
    );
  });
});

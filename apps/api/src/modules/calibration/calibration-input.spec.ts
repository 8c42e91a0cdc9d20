import { CalibrationInputBuilder, CategoryObservationRow } from './calibration-input';

const row = (
  scorecard: string,
  candidate: string,
  interviewer: string,
  lineage: string,
  rating: number,
): CategoryObservationRow => ({
  scorecard_id: scorecard,
  candidate_id: candidate,
  interviewer_id: interviewer,
  rubric_id: 'interview',
  round_id: `round-${candidate}`,
  month: 2026 * 12 + (candidate === 'ben' ? 2 : 1),
  lineage_id: lineage,
  weight: lineage === 'empathy' ? 3 : 1,
  rating,
  answered: 2,
});

describe('CalibrationInputBuilder', () => {
  it('lays scorecards out as rows with their category observations as contiguous ranges', () => {
    const builder = new CalibrationInputBuilder();
    builder.add([row('s1', 'ana', 'ivy', 'empathy', 4), row('s1', 'ana', 'ivy', 'greeting', 3.5)]);
    // The next batch continues where the last ended, even mid-candidate.
    builder.add([row('s2', 'ana', 'hugo', 'empathy', 2), row('s3', 'ben', 'ivy', 'greeting', 5)]);
    const { data, candidateIds, interviewerIds, categoryLineageIds } = builder.build();
    expect(candidateIds).toEqual(['ana', 'ben']);
    expect(interviewerIds).toEqual(['ivy', 'hugo']);
    expect(categoryLineageIds).toEqual(['empathy', 'greeting']);
    expect([...data.candidate]).toEqual([0, 0, 1]);
    expect([...data.interviewer]).toEqual([0, 1, 0]);
    expect([...data.round]).toEqual([0, 0, 1]);
    expect([...(data.period ?? [])]).toEqual([24313, 24313, 24314]);
    expect([...data.obsStart]).toEqual([0, 2, 3, 4]);
    expect([...data.category]).toEqual([0, 1, 0, 1]);
    expect([...data.rating]).toEqual([4, 3.5, 2, 5]);
    expect([...(data.categoryWeight ?? [])]).toEqual([0.75, 0.25]);
  });

  it('builds an empty input from no rows', () => {
    const { data } = new CalibrationInputBuilder().build();
    expect(data.candidate.length).toBe(0);
    expect([...data.obsStart]).toEqual([0]);
  });
});

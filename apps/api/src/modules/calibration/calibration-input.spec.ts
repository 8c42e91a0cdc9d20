import {
  CalibrationInputBuilder,
  CategoryLineage,
  ScorecardObservationRow,
  transferables,
} from './calibration-input';

const lineages: CategoryLineage[] = [
  { id: 'greeting', name: 'Greeting', weight: 1 },
  { id: 'unused', name: 'Never rated', weight: 5 },
  { id: 'empathy', name: 'Empathy', weight: 3 },
];

const row = (
  candidate: string,
  interviewer: string,
  cells: string,
  round = `round-${candidate}`,
): ScorecardObservationRow => ({
  candidate_id: candidate,
  round_id: round,
  interviewer_id: interviewer,
  rubric_id: 'interview',
  month: 2026 * 12 + (candidate === 'ben' ? 2 : 1),
  cells,
});

describe('CalibrationInputBuilder', () => {
  it('lays scorecards out as rows with their category observations as contiguous ranges', () => {
    const builder = new CalibrationInputBuilder(lineages);
    // Lineage positions are 1-based in the list: 3 is empathy, 1 greeting.
    builder.add([row('ana', 'ivy', '3:4:2,1:3.5:2')]);
    // The next batch continues where the last ended, even mid-candidate and mid-round.
    builder.add([row('ana', 'hugo', '3:2:1'), row('ben', 'ivy', '1:5:300')]);
    const input = builder.build();
    const { data } = input;
    expect(input).toMatchObject({ scorecards: 3, candidates: 2 });
    expect(input.interviewerIds).toEqual(['ivy', 'hugo']);
    // Only the lineages that occur become categories, in the order they first occur.
    expect(input.categoryLineageIds).toEqual(['empathy', 'greeting']);
    expect([...data.candidate]).toEqual([0, 0, 1]);
    expect([...data.interviewer]).toEqual([0, 1, 0]);
    expect([...data.round]).toEqual([0, 0, 1]);
    expect([...(data.period ?? [])]).toEqual([24313, 24313, 24314]);
    expect([...data.obsStart]).toEqual([0, 2, 3, 4]);
    expect([...data.category]).toEqual([0, 1, 0, 1]);
    expect([...data.rating]).toEqual([4, 3.5, 2, 5]);
    expect([...data.answered]).toEqual([2, 2, 1, 255]);
    expect([...(data.categoryWeight ?? [])]).toEqual([0.75, 0.25]);
    expect(data).toMatchObject({ nCandidates: 2, nRounds: 2, nCategories: 2, nInterviewers: 2 });
  });

  it('numbers a candidate’s second round apart from the first', () => {
    const builder = new CalibrationInputBuilder(lineages);
    builder.add([row('ana', 'ivy', '1:4:1', 'screen'), row('ana', 'hugo', '1:3:1', 'final')]);
    expect([...builder.build().data.round]).toEqual([0, 1]);
  });

  it('refuses a lineage position it was not given', () => {
    expect(() => new CalibrationInputBuilder(lineages).add([row('ana', 'ivy', '4:3:1')])).toThrow(
      'Unknown category lineage position 4.',
    );
  });

  it('hands over every array of the data, each exactly its length', () => {
    const builder = new CalibrationInputBuilder(lineages);
    builder.add([row('ana', 'ivy', '3:4:2,1:3.5:2')]);
    const { data } = builder.build();
    const buffers = transferables(data);
    expect(buffers).toHaveLength(10);
    expect(buffers[0]?.byteLength).toBe(4);
  });

  it('builds an empty input from no rows', () => {
    const { data, scorecards } = new CalibrationInputBuilder(lineages).build();
    expect(scorecards).toBe(0);
    expect([...data.obsStart]).toEqual([0]);
  });
});

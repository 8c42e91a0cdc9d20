import { Comparison } from '@calibrate/contracts';

import {
  formatLeniency,
  leniencyKey,
  leniencyLookup,
  leniencySuffix,
  leniencyView,
  scoredRounds,
} from './leniency';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const interviewer = (
  n: number,
  name: string,
  leniency: number | null,
  calibrated: boolean | null,
) => ({
  scorecardId: id(100 + n),
  interviewerId: id(200 + n),
  interviewerName: name,
  status: 'submitted' as const,
  recommendation: null,
  weightedScore100: 70,
  leniency,
  calibrated,
  correctedScore100: 70 - 25 * (leniency ?? 0),
});

const round = (n: number, interviewers: ReturnType<typeof interviewer>[]) => ({
  roundId: id(n),
  name: `Round ${n}`,
  rubricVersionId: id(50),
  rubricVersion: 1,
  weightedScore100: 70,
  correctedScore100: 65,
  panelSplit: false,
  interviewers,
});

describe('leniency', () => {
  it('prints leniency signed, with a true minus and one decimal', () => {
    expect([0.42, -0.18, 0.04, -0.04, 0].map(formatLeniency)).toEqual([
      '+0.4',
      '−0.2',
      '0.0',
      '0.0',
      '0.0',
    ]);
  });

  it('flags interviewers not yet calibrated or outside the main group, in words', () => {
    expect(leniencyView({ leniency: 0.4, calibrated: true })).toEqual({
      value: '+0.4',
      flags: [],
      description: 'Rates 0.4 rating points above the average interviewer.',
    });
    const few = leniencyView({ leniency: -0.12, calibrated: false });
    expect([few.value, few.flags]).toEqual(['−0.1', ['not yet calibrated']]);
    expect(few.description).toContain('corrected only a little');
    expect(leniencyView({ leniency: null, calibrated: null })).toMatchObject({
      value: null,
      flags: ['not yet calibrated'],
    });
    expect(leniencyView({ leniency: null, calibrated: true }).flags).toEqual([
      'outside main group',
    ]);
    expect(leniencyView({ leniency: null, calibrated: false }).flags).toEqual([
      'not yet calibrated',
      'outside main group',
    ]);
    expect(leniencySuffix(leniencyView({ leniency: 0.1, calibrated: false }))).toBe(
      'leniency +0.1, not yet calibrated',
    );
    expect(leniencySuffix(leniencyView({ leniency: null, calibrated: null }))).toBe(
      'not yet calibrated',
    );
    expect(leniencySuffix(undefined)).toBe('');
  });

  it("lists the rounds someone submitted, and finds a rating's interviewer", () => {
    const candidate: Comparison['candidates'][number] = {
      candidateId: id(1),
      name: 'Ann Able',
      stage: 'interviewing',
      knockOuts: [],
      overall: {
        weightedScore100: 70,
        correctedScore100: 65,
        scoredRounds: 1,
        interviewers: 2,
        recommendations: { strong_no: 0, no: 0, yes: 0, strong_yes: 0 },
        categories: [],
      },
      roundGroups: [],
      // The API lists submitted scorecards only: a round with none lists nobody.
      rounds: [
        round(9, [interviewer(1, 'Ivy', 0.4, true), interviewer(2, 'Hank', null, null)]),
        round(11, []),
      ],
    };
    const rounds = scoredRounds(candidate);
    expect(rounds.map((r) => [r.name, r.interviewers.map((i) => i.interviewerName)])).toEqual([
      ['Round 9', ['Ivy', 'Hank']],
    ]);
    expect(rounds[0]).toMatchObject({ weightedScore100: 70, correctedScore100: 65 });

    const lookup = leniencyLookup({
      jobId: id(41),
      jobTitle: 'Voice agent',
      categories: [],
      roundGroups: [],
      candidates: [candidate],
      warnings: [],
      questions: [],
    });
    expect(lookup.get(leniencyKey(id(9), 'Ivy'))?.value).toBe('+0.4');
    expect(lookup.get(leniencyKey(id(9), 'Hank'))?.flags).toEqual(['not yet calibrated']);
    expect(lookup.has(leniencyKey(id(11), 'Dora'))).toBe(false);
  });
});

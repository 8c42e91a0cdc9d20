import { CandidateSummary } from '@calibrate/contracts';

import { hasLeniencyFigures, rawAndCorrected } from './format';

type Round = CandidateSummary['rounds'][number];
type Interviewer = Round['interviewers'][number];

const round = (...interviewers: Partial<Interviewer>[]) =>
  ({
    interviewers: interviewers.map((interviewer) => ({
      leniency: null,
      calibrated: null,
      weightedScore100: 70,
      correctedScore100: 70,
      ...interviewer,
    })),
  }) as Round;

describe('profile format', () => {
  it('prints raw beside corrected', () => {
    expect(rawAndCorrected(72.4, 65.6)).toBe('72 raw · 66 corrected');
    expect(rawAndCorrected(72, null)).toBeNull();
    expect(rawAndCorrected(null, 60)).toBeNull();
  });

  it('shows corrected scores only when an interviewer who scored has a leniency figure', () => {
    expect(hasLeniencyFigures([])).toBe(false);
    expect(hasLeniencyFigures([round({ leniency: null })])).toBe(false);
    expect(hasLeniencyFigures([round({ leniency: 0.3, weightedScore100: null })])).toBe(false);
    expect(hasLeniencyFigures([round({ leniency: null }), round({ leniency: -0.2 })])).toBe(true);
  });
});

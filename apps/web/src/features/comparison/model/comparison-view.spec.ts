import { Comparison } from '@calibrate/contracts';

import { candidateLabel, comparisonCsv, readCandidateIds } from './comparison-view';

const overall = (score: number | null, empathy: number | null) => ({
  weightedScore100: score,
  correctedScore100: score === null ? null : score - 4.25,
  scoredRounds: score === null ? 0 : 1,
  interviewers: score === null ? 0 : 2,
  recommendations: { strong_no: 0, no: 0, yes: score === null ? 0 : 2, strong_yes: 0 },
  categories:
    empathy === null
      ? []
      : [
          {
            name: 'Empathy',
            score: empathy,
            score100: 0,
            correctedScore: empathy - 0.17,
            correctedScore100: 0,
          },
        ],
});

const comparison: Comparison = {
  jobId: '6f1c2a4e-8b0d-4c3e-9f5a-1b2c3d4e5f60',
  jobTitle: 'Chat agent',
  categories: ['Empathy'],
  candidates: [
    {
      candidateId: '6f1c2a4e-8b0d-4c3e-9f5a-1b2c3d4e5f61',
      name: 'Ana Cruz',
      stage: 'interviewing',
      overall: overall(62.5, 3.5),
      rounds: [],
    },
    {
      candidateId: '6f1c2a4e-8b0d-4c3e-9f5a-1b2c3d4e5f62',
      name: '=cmd',
      stage: 'applied',
      overall: overall(null, null),
      rounds: [],
    },
  ],
  warnings: [],
  questions: [
    {
      category: 'Empathy',
      text: 'How do you calm an upset caller?',
      candidates: [
        {
          candidateId: '6f1c2a4e-8b0d-4c3e-9f5a-1b2c3d4e5f61',
          mean: 3.5,
          disagreement: false,
          ratings: [],
        },
        {
          candidateId: '6f1c2a4e-8b0d-4c3e-9f5a-1b2c3d4e5f62',
          mean: null,
          disagreement: false,
          ratings: [],
        },
      ],
    },
  ],
};

describe('comparison view', () => {
  it('exports a column per candidate, named or lettered in blind mode, corrected beside raw', () => {
    const lines = comparisonCsv(comparison, false).split('\r\n');
    expect(lines[0]).toBe(",Ana Cruz,'=cmd");
    expect(lines.slice(1, 5)).toEqual([
      'Weighted score (0-100),62.5,',
      'Corrected score (0-100),58.3,',
      'Empathy (1-5),3.50,',
      'Empathy corrected (1-5),3.33,',
    ]);
    expect(lines).toContain('Empathy: How do you calm an upset caller? (mean 1-5),3.50,');
    expect(lines).toContain('Recommended yes,2,0');
    expect(comparisonCsv(comparison, true).split('\r\n')[0]).toBe(',Candidate A,Candidate B');
  });

  it('labels and reads candidates', () => {
    expect(candidateLabel('Ana Cruz', 2, true)).toBe('Candidate C');
    expect(candidateLabel('Ana Cruz', 2, false)).toBe('Ana Cruz');
    expect(readCandidateIds(' a,b,,a ,c')).toEqual(['a', 'b', 'c']);
    expect(readCandidateIds(null)).toEqual([]);
  });
});

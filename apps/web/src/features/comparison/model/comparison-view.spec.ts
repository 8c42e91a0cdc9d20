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

const group = (
  key: string,
  weightedScore100: number | null,
  category: string,
  score: number | null,
) => ({
  key,
  weightedScore100,
  correctedScore100: weightedScore100 === null ? null : weightedScore100 - 5,
  scoredRounds: weightedScore100 === null ? 0 : 1,
  categories:
    score === null
      ? []
      : [{ name: category, score, score100: 0, correctedScore: score - 0.2, correctedScore100: 0 }],
});

const rubric = '6f1c2a4e-8b0d-4c3e-9f5a-1b2c3d4e5f70';

// Two rounds of the plan, both with an "Empathy" of their own rubric: the CSV keeps them apart.
const comparison: Comparison = {
  jobId: '6f1c2a4e-8b0d-4c3e-9f5a-1b2c3d4e5f60',
  jobTitle: 'Chat agent',
  categories: ['Empathy'],
  roundGroups: [
    {
      key: 'interview',
      name: 'Interview',
      rubricId: rubric,
      rubricName: 'Interview rubric',
      planned: true,
      categories: ['General'],
    },
    {
      key: 'mock',
      name: 'Mock call',
      rubricId: rubric,
      rubricName: 'Mock call rubric',
      planned: true,
      categories: ['Empathy'],
    },
  ],
  candidates: [
    {
      candidateId: '6f1c2a4e-8b0d-4c3e-9f5a-1b2c3d4e5f61',
      name: 'Ana Cruz',
      stage: 'interviewing',
      knockOuts: [],
      overall: overall(62.5, 3.5),
      roundGroups: [group('interview', 75, 'General', 4), group('mock', 50, 'Empathy', 3.5)],
      rounds: [],
    },
    {
      candidateId: '6f1c2a4e-8b0d-4c3e-9f5a-1b2c3d4e5f62',
      name: '=cmd',
      stage: 'applied',
      knockOuts: [],
      overall: overall(null, null),
      roundGroups: [
        group('interview', null, 'General', null),
        group('mock', null, 'Empathy', null),
      ],
      rounds: [],
    },
  ],
  warnings: [],
  questions: [
    {
      roundGroup: 'mock',
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
    // Per round in plan order: its categories, its subtotal; then the overall.
    expect(lines.slice(1, 13)).toEqual([
      'Interview: General (1-5),4.00,',
      'Interview: General corrected (1-5),3.80,',
      'Interview subtotal (0-100),75.0,',
      'Interview subtotal corrected (0-100),70.0,',
      'Mock call: Empathy (1-5),3.50,',
      'Mock call: Empathy corrected (1-5),3.30,',
      'Mock call subtotal (0-100),50.0,',
      'Mock call subtotal corrected (0-100),45.0,',
      'Overall weighted score (0-100),62.5,',
      'Overall corrected score (0-100),58.3,',
      'Mock call: Empathy: How do you calm an upset caller? (mean 1-5),3.50,',
      'Recommended strong no,0,0',
    ]);
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

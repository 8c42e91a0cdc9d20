import { CandidateOutcomes } from '@calibrate/contracts';

import {
  binaryKeys,
  continuousKeys,
  formatOutcomeValue,
  formValuesOf,
  outcomeErrors,
  OutcomeFormValues,
  recordedLine,
  recordOf,
} from './outcome-values';

const recorded: CandidateOutcomes = {
  candidateId: '2b0f1a8e-7c55-4c1e-9a3e-5f7b2d8c9e01',
  nestingQaScore: 82.5,
  averageHandleTimeSeconds: 412,
  firstContactResolutionPercent: null,
  csatPercent: 91,
  employedAt30Days: true,
  employedAt90Days: null,
  recordedAt: '2026-11-03T12:00:00.000Z',
  recordedBy: { id: '7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', name: 'Ana Reyes' },
};

const empty: OutcomeFormValues = formValuesOf(undefined);

describe('outcome values', () => {
  it('splits the outcomes into figures and yes/no answers, in the contract’s order', () => {
    expect(continuousKeys).toEqual([
      'nestingQaScore',
      'averageHandleTimeSeconds',
      'firstContactResolutionPercent',
      'csatPercent',
    ]);
    expect(binaryKeys).toEqual(['employedAt30Days', 'employedAt90Days']);
  });

  it('turns a record into form values and back, with null for everything not recorded', () => {
    const values = formValuesOf(recorded);
    expect(values).toEqual({
      nestingQaScore: 82.5,
      averageHandleTimeSeconds: 412,
      firstContactResolutionPercent: '',
      csatPercent: 91,
      employedAt30Days: 'yes',
      employedAt90Days: 'unknown',
    });
    expect(recordOf(values)).toEqual({
      nestingQaScore: 82.5,
      averageHandleTimeSeconds: 412,
      firstContactResolutionPercent: null,
      csatPercent: 91,
      employedAt30Days: true,
      employedAt90Days: null,
    });
    expect(recordOf({ ...empty, csatPercent: ' 70 ', employedAt90Days: 'no' })).toEqual({
      nestingQaScore: null,
      averageHandleTimeSeconds: null,
      firstContactResolutionPercent: null,
      csatPercent: 70,
      employedAt30Days: null,
      employedAt90Days: false,
    });
  });

  it('checks figures by the contract’s rules', () => {
    expect(outcomeErrors(empty)).toEqual({});
    expect(outcomeErrors(formValuesOf(recorded))).toEqual({});
    expect(
      outcomeErrors({
        ...empty,
        nestingQaScore: 101,
        averageHandleTimeSeconds: 12.5,
        firstContactResolutionPercent: -1,
        csatPercent: 'abc',
      }),
    ).toEqual({
      nestingQaScore: 'At most 100',
      averageHandleTimeSeconds: 'A whole number',
      firstContactResolutionPercent: 'At least 0',
      csatPercent: 'Enter a number',
    });
    expect(outcomeErrors({ ...empty, averageHandleTimeSeconds: 0 })).toEqual({
      averageHandleTimeSeconds: 'At least 1',
    });
    expect(outcomeErrors({ ...empty, averageHandleTimeSeconds: 7201 })).toEqual({
      averageHandleTimeSeconds: 'At most 7200',
    });
  });

  it('prints recorded figures and who recorded them', () => {
    expect(formatOutcomeValue('nestingQaScore', 82.5)).toBe('82.5');
    expect(formatOutcomeValue('averageHandleTimeSeconds', 412)).toBe('412 s');
    expect(formatOutcomeValue('csatPercent', 91)).toBe('91%');
    expect(formatOutcomeValue('employedAt30Days', true)).toBe('Yes');
    expect(formatOutcomeValue('employedAt90Days', false)).toBe('No');
    expect(formatOutcomeValue('csatPercent', null)).toBe('Not recorded');
    expect(recordedLine(recorded)).toBe('Recorded by Ana Reyes on 3 Nov 2026');
    expect(recordedLine({ ...recorded, recordedBy: null })).toBe('Recorded on 3 Nov 2026');
    expect(recordedLine({ ...recorded, recordedAt: null })).toBeNull();
  });
});

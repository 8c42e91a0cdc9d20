import { describeChange } from './describe-change';

describe('describeChange', () => {
  it('lists the changed fields, before → after, with — for empty', () => {
    expect(
      describeChange({
        before: { phone: null, typingWpm: 40, notes: 'Calm' },
        after: { phone: '+63 917 555 0101', typingWpm: 48, notes: 'Calm' },
      }),
    ).toBe('phone: — → +63 917 555 0101; typingWpm: 40 → 48');
  });

  it('leaves out a field absent on one side and empty on the other', () => {
    expect(
      describeChange({
        before: { stage: 'screening' },
        after: { stage: 'interviewing', reason: null },
      }),
    ).toBe('stage: screening → interviewing');
  });

  it('says "Created" for an event with nothing before', () => {
    expect(describeChange({ before: null, after: { name: 'Ana Reyes' } })).toBe('Created');
  });

  it('names outcomes by their labels, yes/no in words, and lists a first record', () => {
    const first = { nestingQaScore: 84, csatPercent: null, employedAt90Days: true };
    expect(describeChange({ before: null, after: first })).toBe(
      'Nesting QA score: 84; Still employed at 90 days: Yes',
    );
    expect(
      describeChange({
        before: first,
        after: { ...first, employedAt90Days: false, csatPercent: 88 },
      }),
    ).toBe('CSAT: — → 88; Still employed at 90 days: Yes → No');
  });
});

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
});

import { UpdateCandidate } from '@calibrate/contracts';

import { changedFields, changedSince, describeValue } from './candidate-edit';

const opened: UpdateCandidate = {
  name: 'Ana Reyes',
  email: 'ana@example.com',
  phone: null,
  notes: 'Calm',
  languages: [],
};

describe('candidate edit', () => {
  it('sends only the fields the form changed', () => {
    expect(changedFields({ ...opened, notes: 'Calm, clear' }, opened)).toEqual({
      notes: 'Calm, clear',
    });
  });

  it('conflicts only on fields both edits changed', () => {
    const patch = { notes: 'Calm, clear' };
    expect(changedSince(patch, opened, { ...opened, phone: '+63 917 000 0000' })).toEqual({});
    expect(changedSince(patch, opened, { ...opened, notes: 'Rushed' })).toEqual({
      notes: 'Rushed',
    });
  });

  it('describes values the way the conflict sentence reads', () => {
    expect(describeValue('Rushed')).toBe('“Rushed”');
    expect(describeValue(null)).toBe('empty');
    expect(describeValue([])).toBe('empty');
    expect(describeValue([{ language: 'Spanish', level: 'C1' }, 'day'])).toBe('Spanish C1, day');
  });
});

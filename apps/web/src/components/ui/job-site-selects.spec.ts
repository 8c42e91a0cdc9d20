import { scopeJobLabel } from './job-site-selects';

describe('scopeJobLabel', () => {
  it('adds the site to a job title only when two jobs share it', () => {
    const jobs = [
      {
        id: '4d2c8e1a-1111-4a6b-8c7d-9e0f1a2b3c4d',
        title: 'Chat support agent',
        site: 'Cebu IT Park',
      },
      {
        id: '5d2c8e1a-1111-4a6b-8c7d-9e0f1a2b3c4d',
        title: 'Chat support agent',
        site: 'Monterrey',
      },
      { id: '6d2c8e1a-1111-4a6b-8c7d-9e0f1a2b3c4d', title: 'Collections agent', site: 'Monterrey' },
    ];
    expect(scopeJobLabel(jobs[0]!, jobs)).toBe('Chat support agent (Cebu IT Park)');
    expect(scopeJobLabel(jobs[1]!, jobs)).toBe('Chat support agent (Monterrey)');
    expect(scopeJobLabel(jobs[2]!, jobs)).toBe('Collections agent');
  });
});

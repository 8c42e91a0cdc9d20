import { filtersFromParams, isFiltered, jobLabel, outcomeFromParams } from './filters';

const job = '7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

describe('validity filters in the URL', () => {
  it('keeps the parameters the API takes and drops the rest', () => {
    expect(
      filtersFromParams(
        new URLSearchParams({ jobId: job, site: 'Cebu IT Park', from: '2026-01', x: '1' }),
      ),
    ).toEqual({ jobId: job, site: 'Cebu IT Park' });
    expect(filtersFromParams(new URLSearchParams({ jobId: 'nope', rubricId: '12' }))).toEqual({});
  });

  it('reads the outcome only when it names one', () => {
    expect(outcomeFromParams(new URLSearchParams({ outcome: 'csatPercent' }))).toBe('csatPercent');
    expect(outcomeFromParams(new URLSearchParams({ outcome: 'salary' }))).toBeNull();
    expect(outcomeFromParams(new URLSearchParams())).toBeNull();
  });

  it('says whether anything is filtered', () => {
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ site: 'Monterrey' })).toBe(true);
  });

  it('adds the site to a job title only when two jobs share it', () => {
    const jobs = [
      { id: job, title: 'Chat support agent', site: 'Cebu IT Park' },
      {
        id: '5d2c8e1a-1111-4a6b-8c7d-9e0f1a2b3c4d',
        title: 'Chat support agent',
        site: 'Monterrey',
      },
      { id: '6d2c8e1a-1111-4a6b-8c7d-9e0f1a2b3c4d', title: 'Collections agent', site: 'Monterrey' },
    ];
    expect(jobLabel(jobs[0]!, jobs)).toBe('Chat support agent (Cebu IT Park)');
    expect(jobLabel(jobs[2]!, jobs)).toBe('Collections agent');
  });
});

import { filtersFromParams, isFiltered, outcomeFromParams } from './filters';

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
});

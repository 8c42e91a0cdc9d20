import { filtersFromParams, isFiltered } from './filters';

describe('question analysis filters', () => {
  it('keeps only the parameters the API would take', () => {
    const jobId = '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f';
    expect(filtersFromParams(new URLSearchParams({ jobId, site: ' Cebu ' }))).toEqual({
      jobId,
      site: 'Cebu',
    });
    expect(filtersFromParams(new URLSearchParams({ jobId: 'nope', other: 'x' }))).toEqual({});
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ site: 'Cebu' })).toBe(true);
  });
});

import { describeFilters, filtersFromParams, formatMonth, isFiltered } from './filters';

const job = '7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const options = {
  jobs: [{ id: job, title: 'Chat support agent', site: 'Cebu IT Park' }],
  sites: ['Cebu IT Park'],
  rubrics: [],
  months: ['2026-01', '2026-02'],
};

describe('calibration filters in the URL', () => {
  it('keeps the parameters the API takes and drops the rest', () => {
    expect(
      filtersFromParams(
        new URLSearchParams({ jobId: job, site: 'Cebu IT Park', from: '2026-01', x: '1' }),
      ),
    ).toEqual({ jobId: job, site: 'Cebu IT Park', from: '2026-01' });
    expect(filtersFromParams(new URLSearchParams({ jobId: 'nope', to: '2026-13' }))).toEqual({});
    // A period in the wrong order keeps its end.
    expect(filtersFromParams(new URLSearchParams({ from: '2026-05', to: '2026-02' }))).toEqual({
      to: '2026-02',
    });
  });

  it('says whether anything is filtered, and what, in words', () => {
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ site: 'Monterrey' })).toBe(true);
    expect(describeFilters({}, options)).toBeNull();
    expect(describeFilters({ jobId: job, from: '2026-01', to: '2026-02' }, options)).toBe(
      'Chat support agent · Jan 2026 – Feb 2026',
    );
    expect(describeFilters({ from: '2026-02', to: '2026-02' }, options)).toBe('Feb 2026');
    expect(describeFilters({ to: '2026-02' }, options)).toBe('until Feb 2026');
  });

  it('writes months for people', () => {
    expect(formatMonth('2026-03')).toBe('Mar 2026');
    expect(formatMonth('2026-12', true)).toBe('Dec');
  });
});

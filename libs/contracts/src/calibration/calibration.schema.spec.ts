import { calibrationFiltersSchema } from './calibration.schema';

describe('calibrationFiltersSchema', () => {
  it('takes a job, a site, a rubric and a period of months', () => {
    expect(
      calibrationFiltersSchema.parse({
        jobId: '7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
        site: ' Cebu IT Park ',
        rubricId: '7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4e',
        from: '2026-01',
        to: '2026-03',
      }),
    ).toEqual({
      jobId: '7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      site: 'Cebu IT Park',
      rubricId: '7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4e',
      from: '2026-01',
      to: '2026-03',
    });
    expect(calibrationFiltersSchema.parse({})).toEqual({});
    expect(calibrationFiltersSchema.parse({ from: '2026-03', to: '2026-03' })).toEqual({
      from: '2026-03',
      to: '2026-03',
    });
  });

  it('refuses what is not a job id, a month, or a period in order', () => {
    const issues = (value: unknown) =>
      calibrationFiltersSchema.safeParse(value).error?.issues.map((issue) => issue.path.join('.'));
    expect(issues({ jobId: 'job-1' })).toEqual(['jobId']);
    expect(issues({ rubricId: '12' })).toEqual(['rubricId']);
    expect(issues({ site: '   ' })).toEqual(['site']);
    expect(issues({ from: '2026-13' })).toEqual(['from']);
    expect(issues({ to: '2026-3' })).toEqual(['to']);
    expect(issues({ from: '2026-04', to: '2026-02' })).toEqual(['from']);
  });
});

import {
  changeStageSchema,
  createCandidateSchema,
  listCandidatesQuerySchema,
} from './candidates.schema';

describe('createCandidateSchema', () => {
  it('trims fields and lower-cases the email so duplicates are caught whatever the case', () => {
    const parsed = createCandidateSchema.parse({
      name: '  Maria Santos ',
      email: ' Maria.Santos@Example.COM ',
      phone: ' +63 917 555 0101 ',
    });
    expect(parsed).toEqual({
      name: 'Maria Santos',
      email: 'maria.santos@example.com',
      phone: '+63 917 555 0101',
    });
  });

  it('treats an empty phone as no phone', () => {
    expect(
      createCandidateSchema.parse({ name: 'A', email: 'a@b.co', phone: '' }).phone,
    ).toBeUndefined();
  });

  it('asks for a missing email rather than calling it invalid', () => {
    const result = createCandidateSchema.safeParse({ name: 'A', email: '  ' });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'Enter the candidate’s email address.',
    ]);
  });

  it('reports each invalid field with its path', () => {
    const result = createCandidateSchema.safeParse({
      name: ' ',
      email: 'not-an-email',
      phone: 'x',
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.')).sort();
    expect(paths).toEqual(['email', 'name', 'phone']);
  });
});

describe('changeStageSchema', () => {
  it('asks for a reason when rejecting, and only then', () => {
    expect(changeStageSchema.safeParse({ stage: 'rejected' }).error?.issues[0]?.path).toEqual([
      'reason',
    ]);
    expect(
      changeStageSchema.safeParse({ stage: 'rejected', reason: 'Typing 18 WPM' }).success,
    ).toBe(true);
    expect(changeStageSchema.safeParse({ stage: 'screening' }).success).toBe(true);
  });
});

describe('listCandidatesQuerySchema', () => {
  it('defaults the page size and coerces query-string numbers', () => {
    expect(listCandidatesQuerySchema.parse({})).toEqual({ limit: 25, sort: 'createdAt' });
    expect(listCandidatesQuerySchema.parse({ limit: '10', q: ' ana ', sort: 'score' })).toEqual({
      limit: 10,
      q: 'ana',
      sort: 'score',
    });
  });

  it('reads the score basis, raw or corrected, and nothing else', () => {
    expect(listCandidatesQuerySchema.parse({ sort: 'score', scoreBasis: 'corrected' })).toEqual({
      limit: 25,
      sort: 'score',
      scoreBasis: 'corrected',
    });
    expect(listCandidatesQuerySchema.safeParse({ scoreBasis: 'adjusted' }).success).toBe(false);
  });

  it('refuses page sizes outside 1..100', () => {
    expect(listCandidatesQuerySchema.safeParse({ limit: '0' }).success).toBe(false);
    expect(listCandidatesQuerySchema.safeParse({ limit: '101' }).success).toBe(false);
  });
});

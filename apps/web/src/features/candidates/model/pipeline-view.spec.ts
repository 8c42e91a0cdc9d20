import {
  activeFilterCount,
  readPipelineView,
  shownScore,
  withoutScores,
  writePipelineView,
} from './pipeline-view';

describe('pipeline view in the URL', () => {
  it('reads filters, layout and sort, and writes them back in a stable order', () => {
    const params = new URLSearchParams(
      'sort=score&minScore=60&view=board&language=Spanish&jobId=6f1c2a4e-8b0d-4c3e-9f5a-1b2c3d4e5f60&source=referral',
    );
    const view = readPipelineView(params);
    expect(view).toEqual({
      layout: 'board',
      sort: 'score',
      filters: {
        jobId: '6f1c2a4e-8b0d-4c3e-9f5a-1b2c3d4e5f60',
        source: 'referral',
        language: 'Spanish',
        minScore: 60,
      },
    });
    expect(writePipelineView(view).toString()).toBe(
      'view=board&jobId=6f1c2a4e-8b0d-4c3e-9f5a-1b2c3d4e5f60&source=referral&language=Spanish&minScore=60&sort=score',
    );
  });

  it('drops values the API would refuse instead of failing the screen', () => {
    const view = readPipelineView(
      new URLSearchParams('stage=lunch&shift=noon&jobId=42&minScore=abc&maxScore=150&view=grid'),
    );
    expect(view).toEqual({ layout: 'table', sort: 'createdAt', filters: {} });
  });

  it('keeps the lower bound of a reversed score range', () => {
    const view = readPipelineView(new URLSearchParams('minScore=80&maxScore=20'));
    expect(view.filters).toEqual({ minScore: 80 });
  });

  it('drops the score range and score order for those who see no scores', () => {
    const view = readPipelineView(
      new URLSearchParams('q=ana&minScore=60&maxScore=90&sort=score&view=board'),
    );
    expect(withoutScores(view)).toEqual({
      layout: 'board',
      sort: 'createdAt',
      filters: { q: 'ana' },
    });
  });

  it('reads the name order (A to Z), kept for those who see no scores', () => {
    const view = readPipelineView(new URLSearchParams('sort=name'));
    expect(view.sort).toBe('name');
    expect(writePipelineView(view).toString()).toBe('sort=name');
    expect(withoutScores(view).sort).toBe('name');
    expect(readPipelineView(new URLSearchParams('sort=email')).sort).toBe('createdAt');
  });

  it('reads the score basis, which switches the score but narrows nothing', () => {
    const view = readPipelineView(new URLSearchParams('sort=score&scoreBasis=corrected'));
    expect(view.filters).toEqual({ scoreBasis: 'corrected' });
    expect(activeFilterCount(view.filters)).toBe(0);
    expect(writePipelineView(view).toString()).toBe('scoreBasis=corrected&sort=score');
    expect(readPipelineView(new URLSearchParams('scoreBasis=adjusted')).filters).toEqual({});
    expect(withoutScores(view).filters).toEqual({});
  });

  it('shows the score the basis picks', () => {
    const candidate = { score: 72.5, correctedScore: 68.4 };
    expect(shownScore(candidate, 'corrected')).toBe(68.4);
    expect(shownScore(candidate, 'raw')).toBe(72.5);
    expect(shownScore(candidate, undefined)).toBe(72.5);
  });
});

import {
  Candidate,
  CandidateFilters,
  candidateFiltersSchema,
  candidateSorts,
  KnockOutFilter,
  ScoreBasis,
} from '@calibrate/contracts';

export type PipelineLayout = 'table' | 'board';
export type CandidateSort = (typeof candidateSorts)[number];

/** Everything a pipeline view shows, as it lives in the URL so a view can be shared. */
export interface PipelineView {
  layout: PipelineLayout;
  filters: CandidateFilters;
  sort: CandidateSort;
}

const filterKeys = [
  'q',
  'jobId',
  'stage',
  'source',
  'language',
  'shift',
  'minScore',
  'maxScore',
  'scoreBasis',
  'knockOut',
] as const satisfies readonly (keyof CandidateFilters)[];

/**
 * Reads a view from the URL. A value the API would refuse (a hand-edited link) is dropped
 * rather than failing the whole screen.
 */
export function readPipelineView(params: URLSearchParams): PipelineView {
  const filters: CandidateFilters = {};
  for (const key of filterKeys) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    const parsed = candidateFiltersSchema.safeParse({ [key]: value });
    if (parsed.success) Object.assign(filters, parsed.data);
  }
  if (
    filters.minScore !== undefined &&
    filters.maxScore !== undefined &&
    filters.minScore > filters.maxScore
  ) {
    delete filters.maxScore;
  }
  const sort = candidateSorts.find((known) => known === params.get('sort')) ?? 'createdAt';
  return {
    layout: params.get('view') === 'board' ? 'board' : 'table',
    filters,
    sort,
  };
}

/** The view for someone who sees no overall scores (interviewers): no score filter or sort. */
export function withoutScores(view: PipelineView): PipelineView {
  const { minScore: _min, maxScore: _max, scoreBasis: _basis, ...filters } = view.filters;
  return { ...view, filters, sort: view.sort === 'score' ? 'createdAt' : view.sort };
}

/** The URL of a view: only what differs from the defaults, in a stable order. */
export function writePipelineView(view: PipelineView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.layout === 'board') params.set('view', 'board');
  for (const key of filterKeys) {
    const value = view.filters[key];
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  if (view.sort !== 'createdAt') params.set('sort', view.sort);
  return params;
}

/** How many filters narrow the list (search excluded: it has its own box; the score basis narrows nothing). */
export function activeFilterCount(filters: CandidateFilters): number {
  return filterKeys.filter(
    (key) => key !== 'q' && key !== 'scoreBasis' && filters[key] !== undefined,
  ).length;
}

/** The score a view shows, sorts and bounds: as rated, or with interviewers' leniency taken out. */
export function shownScore(
  candidate: Pick<Candidate, 'score' | 'correctedScore'>,
  basis: ScoreBasis | undefined,
): number | null {
  return basis === 'corrected' ? candidate.correctedScore : candidate.score;
}

export const knockOutFilterLabels: Record<KnockOutFilter | 'all', string> = {
  all: 'All',
  only: 'Only knocked out',
  exclude: 'Hide knocked out',
};

export const scoreBasisLabels: Record<ScoreBasis, string> = {
  raw: 'Raw',
  corrected: 'Corrected',
};

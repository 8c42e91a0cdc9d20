import { CandidateFilters } from '@calibrate/contracts';

import { CandidateSort } from '../model/pipeline-view';

/**
 * The CSV of the pipeline's current filter. A plain link: the browser downloads it with the
 * session cookie, and a large export streams to disk instead of through the page's memory.
 */
export function exportCandidatesUrl(filters: CandidateFilters, sort?: CandidateSort): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  if (sort && sort !== 'createdAt') params.set('sort', sort);
  const query = params.toString();
  return `/api/v1/candidates/export${query ? `?${query}` : ''}`;
}

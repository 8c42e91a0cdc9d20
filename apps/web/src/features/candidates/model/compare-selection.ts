import { Candidate } from '@calibrate/contracts';

export const MAX_COMPARED = 8;

/** Why the selection cannot be compared yet, or undefined when it can. */
export function compareProblem(selected: Pick<Candidate, 'jobId'>[]): string | undefined {
  if (selected.length < 2) return 'Select 2 to 8 candidates of one job to compare them.';
  if (selected.length > MAX_COMPARED) return `Compare at most ${MAX_COMPARED} candidates at once.`;
  const jobs = new Set(selected.map((candidate) => candidate.jobId));
  if (jobs.has(null)) return 'Only candidates who applied to a job can be compared.';
  if (jobs.size > 1) return 'Compare candidates of one job: they were scored on its rubrics.';
  return undefined;
}

import { CalibrationFit, CalibrationReport } from '@calibrate/contracts';

import { plural } from './format';

const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

export const triggerLabels: Record<CalibrationFit['trigger'], string> = {
  manual: 'started by an admin',
  submissions: 'after new scorecards came in',
  nightly: 'nightly refit',
};

/** The fit's facts in words: when, from how much, and why it ran. */
export function describeFit(fit: CalibrationFit): string[] {
  return [
    `Fitted ${when.format(new Date(fit.finishedAt ?? fit.startedAt))}`,
    plural(fit.scorecards, 'scorecard'),
    plural(fit.candidates, 'candidate'),
    plural(fit.interviewers, 'interviewer'),
    triggerLabels[fit.trigger],
  ];
}

export const formatFitTime = (iso: string) => when.format(new Date(iso));

/**
 * What became of the refit this viewer started: still running, finished (the report shows it),
 * or gone without a new fit (it failed: failed fits are not reported, the previous one stays).
 */
export type RefitOutcome = 'none' | 'running' | 'finished' | 'failed';

export function refitOutcome(
  started: CalibrationFit | undefined,
  report: Pick<CalibrationReport, 'fit' | 'running'>,
): RefitOutcome {
  if (!started) return 'none';
  if (report.fit && notOlder(report.fit.id, started.id)) return 'finished';
  if (report.running) return 'running';
  return 'failed';
}

/** Fit ids count up: the report's fit is the started one or a later one. */
function notOlder(id: string, than: string): boolean {
  if (id === than) return true;
  if (!/^\d+$/.test(id) || !/^\d+$/.test(than)) return false;
  return id.length > than.length || (id.length === than.length && id > than);
}

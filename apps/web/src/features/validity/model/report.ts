import {
  outcomeDefinitions,
  OutcomeKey,
  ValidityCell,
  ValidityPredictor,
  ValidityReport,
} from '@calibrate/contracts';

import { formatCount, plural } from './format';

/** The outcome shown first: the first one anybody recorded (the first of all when none is). */
export function defaultOutcome(report: ValidityReport): OutcomeKey | null {
  return (
    report.outcomes.find((outcome) => outcome.recorded > 0)?.key ?? report.outcomes[0]?.key ?? null
  );
}

/** The outcome to show: the one asked for if the report has figures for it, else the default. */
export function chosenOutcome(
  report: ValidityReport,
  requested: OutcomeKey | null,
): OutcomeKey | null {
  const asked = report.outcomes.find((outcome) => outcome.key === requested);
  return asked && asked.recorded > 0 ? asked.key : defaultOutcome(report);
}

/** The outcome picker's choices: each outcome's label, those nobody recorded disabled. */
export function outcomeChoices(report: ValidityReport) {
  return report.outcomes.map(({ key, recorded }) => ({
    value: key,
    label:
      recorded > 0
        ? `${outcomeDefinitions[key].label} (${formatCount(recorded)})`
        : `${outcomeDefinitions[key].label} (not recorded)`,
    disabled: recorded === 0,
  }));
}

export interface ValidityRow {
  predictor: ValidityPredictor;
  /** Null when the report has no figure for this predictor and outcome. */
  cell: ValidityCell | null;
}

/** One row per predictor, in the report's order (overall, each category and its questions). */
export function validityRows(report: ValidityReport, outcome: OutcomeKey): ValidityRow[] {
  const cells = new Map(
    report.cells
      .filter((cell) => cell.outcome === outcome)
      .map((cell) => [cell.predictor, cell] as const),
  );
  return report.predictors.map((predictor) => ({
    predictor,
    cell: cells.get(predictor.key) ?? null,
  }));
}

/** "120 applicants scored on Mock call · 45 hired with outcomes recorded". */
export function summaryLine(report: ValidityReport): string {
  const scored = `${plural(report.applicants, 'applicant')} scored${
    report.scope.rubricName ? ` on ${report.scope.rubricName}` : ''
  }`;
  return `${scored} · ${formatCount(report.hiredWithOutcomes)} hired with outcomes recorded`;
}

/** Which way is good for an outcome, in words, for those where it is not "higher". */
export function directionNote(outcome: OutcomeKey): string | null {
  const definition = outcomeDefinitions[outcome];
  if (definition.higherIsBetter) return null;
  return `Lower is better for ${definition.label.toLowerCase()} (${definition.unit}), so a good predictor has a negative r.`;
}

/** The overall score's SD ratio for an outcome: how much hiring narrowed it. */
export function overallSdRatio(report: ValidityReport, outcome: OutcomeKey): number | null {
  return (
    report.cells.find((cell) => cell.predictor === 'overall' && cell.outcome === outcome)
      ?.sdRatio ?? null
  );
}

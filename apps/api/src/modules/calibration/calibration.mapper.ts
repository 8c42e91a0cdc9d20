import { CalibrationFit, CalibrationMonth, InterviewerCalibration } from '@calibrate/contracts';

import {
  FitRow,
  InterviewerFitRow,
  InterviewerMonthRow,
  ReportedInterviewerRow,
  StoredFitResults,
} from './calibration.repository';
import { CalibrationInput } from './calibration-input';
import { Estimate, LeniencyFit, monthOfIndex } from './model';

/** A month index (year × 12 + month − 1) as the API writes months: "2026-03". */
const monthText = (index: number): string => {
  const { year, month } = monthOfIndex(index);
  return `${year}-${String(month).padStart(2, '0')}`;
};

/** NaN and infinities (a figure the fit could not form) are stored and sent as null. */
const finite = (value: number | undefined): number | null =>
  value !== undefined && Number.isFinite(value) ? value : null;

const estimate = (value: Estimate) => ({
  value: finite(value.value),
  lower: finite(value.lower),
  upper: finite(value.upper),
});

type ReliabilityForms = LeniencyFit['reliability'];
const reliabilityOf = (forms: ReliabilityForms) => ({
  absolute: estimate(forms.absolute),
  consistency: estimate(forms.consistency),
  absoluteK: estimate(forms.absoluteK),
  consistencyK: estimate(forms.consistencyK),
});

/** A fit's result as stored: JSON for the fit, a row per interviewer. */
export function toStoredFit(
  input: CalibrationInput,
  fit: LeniencyFit,
  categoryNames: Map<string, string>,
): {
  inputs: FitRow['inputs'];
  results: StoredFitResults;
  interviewers: InterviewerFitRow[];
  months: InterviewerMonthRow[];
} {
  const C = input.data.nCategories;
  const lineageName = (category: number) => {
    const lineageId = input.categoryLineageIds[category] ?? '';
    return { lineageId, name: categoryNames.get(lineageId) ?? 'Category' };
  };
  const { interviewers: j, trend } = fit;
  return {
    inputs: {
      scorecards: input.scorecards,
      candidates: input.candidates,
      interviewers: input.interviewerIds.length,
    },
    results: {
      // Too few scorecards leave figures undefined (NaN): stored as null, shown as "not enough data".
      mu: finite(fit.mu),
      panelSize: finite(fit.panelSize),
      components: {
        candidate: finite(fit.components.candidate),
        interviewer: finite(fit.components.interviewer),
        residual: finite(fit.components.residual),
      },
      reliability: reliabilityOf(fit.reliability),
      categories: fit.categories.map((category) => ({
        ...lineageName(category.category),
        reliability: reliabilityOf(category.reliability),
      })),
      connectivity: {
        components: fit.connectivity.components,
        outsideInterviewers: fit.connectivity.outsideInterviewers,
        outsideCandidates: fit.connectivity.outsideCandidates,
      },
      warnings: fit.warnings,
      millis: fit.millis,
      panelAgreement: fit.panelAgreement
        ? {
            overall: estimate(fit.panelAgreement.overall),
            categories: fit.panelAgreement.categories.map((alpha, c) => ({
              ...lineageName(c),
              alpha: estimate(alpha),
            })),
            panels: fit.panelAgreement.panels,
          }
        : null,
    },
    interviewers: input.interviewerIds.map((interviewerId, i) => ({
      interviewer_id: interviewerId,
      leniency: finite(j.leniency[i]),
      standard_error: finite(j.se[i]),
      lower: finite(j.lower[i]),
      upper: finite(j.upper[i]),
      scorecards: j.scorecards[i] ?? 0,
      linked_scorecards: j.linked[i] ?? 0,
      calibrated: j.calibrated[i] === 1,
      comparable: j.comparable[i] === 1,
      spread_ratio: finite(j.diagnostics.spreadRatio[i]),
      agreement_mad: finite(j.diagnostics.agreementMad[i]),
      agreement_correlation: finite(j.diagnostics.agreementCorrelation[i]),
      halo_excess: finite(j.diagnostics.haloExcess[i]),
      categories: Array.from({ length: C }, (_, c) => ({
        ...lineageName(c),
        leniency: finite(j.categoryLeniency[i * C + c]),
        standardError: finite(j.categorySe[i * C + c]),
      })),
    })),
    months: trend
      ? Array.from(trend.month, (month, k) => ({
          interviewer_id: input.interviewerIds[trend.interviewer[k]!] ?? '',
          month: monthText(month),
          leniency: finite(trend.leniency[k]),
          standard_error: finite(trend.se[k]),
          lower: finite(trend.lower[k]),
          upper: finite(trend.upper[k]),
          scorecards: trend.scorecards[k] ?? 0,
          linked_scorecards: trend.linked[k] ?? 0,
        }))
      : [],
  };
}

export function toCalibrationMonth(row: InterviewerMonthRow): CalibrationMonth {
  return {
    month: row.month,
    leniency: row.leniency,
    standardError: row.standard_error,
    lower: row.lower,
    upper: row.upper,
    scorecards: row.scorecards,
    linkedScorecards: row.linked_scorecards,
  };
}

export function toCalibrationFit(row: FitRow): CalibrationFit {
  return {
    id: row.id,
    trigger: row.trigger,
    status: row.status,
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    scorecards: row.inputs.scorecards ?? 0,
    candidates: row.inputs.candidates ?? 0,
    interviewers: row.inputs.interviewers ?? 0,
    error: row.error,
  };
}

export function toInterviewerCalibration(
  row: ReportedInterviewerRow,
  trend: InterviewerMonthRow[] = [],
): InterviewerCalibration {
  return {
    interviewerId: row.interviewer_id,
    interviewerName: row.interviewer_name,
    leniency: row.leniency,
    standardError: row.standard_error,
    lower: row.lower,
    upper: row.upper,
    scorecards: row.scorecards,
    linkedScorecards: row.linked_scorecards,
    calibrated: row.calibrated,
    comparable: row.comparable,
    spreadRatio: row.spread_ratio,
    agreementMad: row.agreement_mad,
    agreementCorrelation: row.agreement_correlation,
    haloExcess: row.halo_excess,
    categories: row.categories,
    scorecardsInScope: row.scorecards_in_scope,
    trend: trend.map(toCalibrationMonth),
  };
}
